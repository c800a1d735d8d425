CREATE TABLE cases (
    case_id         UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    citizen_id      NVARCHAR(64)     NOT NULL,
    case_type       NVARCHAR(64)     NOT NULL,
    caseworker_id   NVARCHAR(64)     NOT NULL,
    caseworker_name NVARCHAR(200)    NULL,
    status          NVARCHAR(16)     NOT NULL,
    opened_at       DATETIMEOFFSET   NOT NULL,
    closed_at       DATETIMEOFFSET   NULL,
    close_reason    NVARCHAR(2000)   NULL,
    external_id     NVARCHAR(64)     NULL,
    sequence        BIGINT           NOT NULL
);
GO
CREATE UNIQUE INDEX ux_cases_external_id ON cases (external_id) WHERE external_id IS NOT NULL;
GO
CREATE INDEX ix_cases_citizen ON cases (citizen_id);
