-- One row per case the centres told us about. A row can exist before its CaseOpened arrives
-- (a close or caseworker change overtook it); it counts as active only once opened_seen = 1.
CREATE TABLE hub_cases (
    case_id         TEXT    NOT NULL PRIMARY KEY,
    department      TEXT    NOT NULL,
    citizen_id      TEXT    NOT NULL,
    case_type       TEXT    NULL,
    caseworker_id   TEXT    NULL,
    caseworker_name TEXT    NULL,
    status          TEXT    NOT NULL,
    opened_at       TEXT    NULL,
    closed_at       TEXT    NULL,
    opened_seen     INTEGER NOT NULL DEFAULT 0,
    status_seq      INTEGER NOT NULL DEFAULT 0,
    caseworker_seq  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_hub_cases_citizen ON hub_cases (citizen_id);
CREATE INDEX ix_hub_cases_caseworker ON hub_cases (caseworker_id, status);

CREATE TABLE citizens (
    citizen_id         TEXT    NOT NULL PRIMARY KEY,
    first_seen_at      TEXT    NOT NULL,
    cross_departmental INTEGER NOT NULL DEFAULT 0,
    cross_since        TEXT    NULL,
    updated_at         TEXT    NOT NULL
);

CREATE TABLE timeline_entries (
    event_id    TEXT    NOT NULL PRIMARY KEY,
    citizen_id  TEXT    NOT NULL,
    department  TEXT    NOT NULL,
    case_id     TEXT    NULL,
    kind        TEXT    NOT NULL,
    sequence    INTEGER NOT NULL,
    occurred_at TEXT    NOT NULL,
    summary     TEXT    NOT NULL
);
CREATE INDEX ix_timeline_citizen ON timeline_entries (citizen_id, occurred_at);
