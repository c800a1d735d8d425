-- One row per case the centres told us about. A row can exist before its CaseOpened arrives
-- (a close or caseworker change overtook it); it counts as active only once opened_seen = 1.
CREATE TABLE hub_cases (
    case_id         UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    department      NVARCHAR(32)     NOT NULL,
    citizen_id      NVARCHAR(64)     NOT NULL,
    case_type       NVARCHAR(64)     NULL,
    caseworker_id   NVARCHAR(64)     NULL,
    caseworker_name NVARCHAR(200)    NULL,
    status          NVARCHAR(16)     NOT NULL,
    opened_at       DATETIMEOFFSET   NULL,
    closed_at       DATETIMEOFFSET   NULL,
    opened_seen     BIT              NOT NULL DEFAULT 0,
    status_seq      BIGINT           NOT NULL DEFAULT 0,
    caseworker_seq  BIGINT           NOT NULL DEFAULT 0
);
GO
CREATE INDEX ix_hub_cases_citizen ON hub_cases (citizen_id);
GO
CREATE INDEX ix_hub_cases_caseworker ON hub_cases (caseworker_id, status);
GO
CREATE TABLE citizens (
    citizen_id         NVARCHAR(64)   NOT NULL PRIMARY KEY,
    first_seen_at      DATETIMEOFFSET NOT NULL,
    cross_departmental BIT            NOT NULL DEFAULT 0,
    cross_since        DATETIMEOFFSET NULL,
    updated_at         DATETIMEOFFSET NOT NULL
);
GO
CREATE TABLE timeline_entries (
    event_id    UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    citizen_id  NVARCHAR(64)     NOT NULL,
    department  NVARCHAR(32)     NOT NULL,
    case_id     UNIQUEIDENTIFIER NULL,
    kind        NVARCHAR(64)     NOT NULL,
    sequence    BIGINT           NOT NULL,
    occurred_at DATETIMEOFFSET   NOT NULL,
    summary     NVARCHAR(500)    NOT NULL
);
GO
CREATE INDEX ix_timeline_citizen ON timeline_entries (citizen_id, occurred_at);
