CREATE TABLE outbox_messages (
    position     BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    message_id   UNIQUEIDENTIFIER NOT NULL,
    message_type NVARCHAR(300)    NOT NULL,
    body         NVARCHAR(MAX)    NOT NULL,
    trace_parent NVARCHAR(100)    NULL,
    created_at   DATETIMEOFFSET   NOT NULL,
    lease_owner  NVARCHAR(200)    NULL,
    lease_until  DATETIMEOFFSET   NULL,
    attempts     INT              NOT NULL DEFAULT 0,
    last_error   NVARCHAR(1000)   NULL,
    sent_at      DATETIMEOFFSET   NULL,
    CONSTRAINT uq_outbox_message_id UNIQUE (message_id)
);
GO
CREATE INDEX ix_outbox_pending ON outbox_messages (sent_at, position);
GO
CREATE TABLE inbox_messages (
    message_id UNIQUEIDENTIFIER NOT NULL,
    consumer   NVARCHAR(200)    NOT NULL,
    handled_at DATETIMEOFFSET   NOT NULL,
    CONSTRAINT pk_inbox_messages PRIMARY KEY (message_id, consumer)
);
GO
CREATE INDEX ix_inbox_handled_at ON inbox_messages (handled_at);
