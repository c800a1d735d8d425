CREATE TABLE command_answers (
    message_id  UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    status      INT              NOT NULL,
    answer      NVARCHAR(MAX)    NULL,
    answered_at DATETIMEOFFSET   NOT NULL
);
GO
CREATE INDEX ix_command_answers_answered_at ON command_answers (answered_at);
