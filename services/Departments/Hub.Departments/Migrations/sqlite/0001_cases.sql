CREATE TABLE cases (
    case_id         TEXT    NOT NULL PRIMARY KEY,
    citizen_id      TEXT    NOT NULL,
    case_type       TEXT    NOT NULL,
    caseworker_id   TEXT    NOT NULL,
    caseworker_name TEXT    NULL,
    status          TEXT    NOT NULL,
    opened_at       TEXT    NOT NULL,
    closed_at       TEXT    NULL,
    close_reason    TEXT    NULL,
    external_id     TEXT    NULL,
    sequence        INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_cases_external_id ON cases (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX ix_cases_citizen ON cases (citizen_id);
