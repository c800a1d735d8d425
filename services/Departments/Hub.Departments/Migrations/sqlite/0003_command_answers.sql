CREATE TABLE command_answers (
    message_id  TEXT    NOT NULL PRIMARY KEY,
    status      INTEGER NOT NULL,
    answer      TEXT    NULL,
    answered_at TEXT    NOT NULL
);
CREATE INDEX ix_command_answers_answered_at ON command_answers (answered_at);
