ALTER TABLE cases ADD turns_eighteen_on DATE NULL, adulthood_reported_at DATETIMEOFFSET NULL;
GO
CREATE INDEX ix_cases_turns_eighteen ON cases (turns_eighteen_on) WHERE turns_eighteen_on IS NOT NULL AND adulthood_reported_at IS NULL;
GO
CREATE TABLE interventions (
    intervention_id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    case_id         UNIQUEIDENTIFIER NOT NULL REFERENCES cases (case_id),
    type            NVARCHAR(64)     NOT NULL,
    legal_basis     NVARCHAR(200)    NOT NULL,
    starts_on       DATE             NOT NULL,
    planned_end_on  DATE             NULL,
    description     NVARCHAR(2000)   NULL,
    goal_ids        NVARCHAR(2000)   NOT NULL,
    added_at        DATETIMEOFFSET   NOT NULL,
    ended_on        DATE             NULL,
    end_reason      NVARCHAR(2000)   NULL
);
GO
CREATE INDEX ix_interventions_case ON interventions (case_id);
GO
CREATE TABLE goals (
    goal_id         UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    case_id         UNIQUEIDENTIFIER NOT NULL REFERENCES cases (case_id),
    text            NVARCHAR(2000)   NOT NULL,
    fsiii_condition NVARCHAR(200)    NULL,
    current_level   INT              NULL,
    target_level    INT              NULL,
    set_at          DATETIMEOFFSET   NOT NULL
);
GO
CREATE INDEX ix_goals_case ON goals (case_id);
GO
CREATE TABLE goal_progress (
    goal_id       UNIQUEIDENTIFIER NOT NULL REFERENCES goals (goal_id),
    recorded_at   DATETIMEOFFSET   NOT NULL,
    current_level INT              NOT NULL,
    note          NVARCHAR(2000)   NULL
);
GO
CREATE INDEX ix_goal_progress_goal ON goal_progress (goal_id);
GO
CREATE TABLE contacts (
    contact_id   UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    case_id      UNIQUEIDENTIFIER NOT NULL REFERENCES cases (case_id),
    kind         NVARCHAR(32)     NOT NULL,
    at           DATETIMEOFFSET   NOT NULL,
    participants NVARCHAR(200)    NOT NULL
);
GO
CREATE INDEX ix_contacts_case ON contacts (case_id);
GO
CREATE TABLE notifications (
    notification_id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    citizen_id      NVARCHAR(64)     NOT NULL,
    case_id         UNIQUEIDENTIFIER NULL,
    received_at     DATETIMEOFFSET   NOT NULL,
    source          NVARCHAR(200)    NULL,
    assessed_at     DATETIMEOFFSET   NULL,
    outcome         NVARCHAR(2000)   NULL,
    sequence        BIGINT           NOT NULL
);
GO
CREATE INDEX ix_notifications_citizen ON notifications (citizen_id);
GO
CREATE TABLE coordination (
    citizen_id         NVARCHAR(64)   NOT NULL PRIMARY KEY,
    lead_caseworker_id NVARCHAR(64)   NULL,
    lead_department    NVARCHAR(32)   NULL,
    lead_reason        NVARCHAR(2000) NULL,
    lead_since         DATETIMEOFFSET NULL,
    lead_changed_at    DATETIMEOFFSET NULL,
    plan_version       INT            NULL,
    plan_archived      BIT            NOT NULL DEFAULT 0,
    plan_changed_at    DATETIMEOFFSET NULL
);
