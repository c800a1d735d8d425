CREATE TABLE outbox_messages (
    position     INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id   TEXT    NOT NULL UNIQUE,
    message_type TEXT    NOT NULL,
    body         TEXT    NOT NULL,
    trace_parent TEXT    NULL,
    created_at   TEXT    NOT NULL,
    lease_owner  TEXT    NULL,
    lease_until  TEXT    NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT    NULL,
    sent_at      TEXT    NULL
);
CREATE INDEX ix_outbox_pending ON outbox_messages (sent_at, position);

CREATE TABLE inbox_messages (
    message_id TEXT NOT NULL,
    consumer   TEXT NOT NULL,
    handled_at TEXT NOT NULL,
    PRIMARY KEY (message_id, consumer)
);
CREATE INDEX ix_inbox_handled_at ON inbox_messages (handled_at);
