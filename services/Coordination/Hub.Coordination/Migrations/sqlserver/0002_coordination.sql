-- Consent per citizen: the newest row is the one in force. Withdrawal and expiry never delete a row.
CREATE TABLE consents (
    consent_id      UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    citizen_id      NVARCHAR(64)     NOT NULL,
    scope           NVARCHAR(200)    NOT NULL,
    purpose         NVARCHAR(500)    NOT NULL,
    given_by        NVARCHAR(100)    NOT NULL,
    given_at        DATETIMEOFFSET   NOT NULL,
    expires_on      DATE             NULL,
    withdrawn_by    NVARCHAR(100)    NULL,
    withdrawn_at    DATETIMEOFFSET   NULL,
    withdraw_reason NVARCHAR(500)    NULL
);
GO
CREATE INDEX ix_consents_citizen ON consents (citizen_id, given_at);
GO
-- The current lead per citizen; lead_history keeps every assignment and its release.
CREATE TABLE leads (
    citizen_id    NVARCHAR(64)     NOT NULL PRIMARY KEY,
    caseworker_id NVARCHAR(64)     NOT NULL,
    department    NVARCHAR(32)     NOT NULL,
    case_id       UNIQUEIDENTIFIER NOT NULL,
    reason        NVARCHAR(1000)   NOT NULL,
    since         DATETIMEOFFSET   NOT NULL,
    is_override   BIT              NOT NULL DEFAULT 0,
    assigned_by   NVARCHAR(100)    NOT NULL
);
GO
CREATE INDEX ix_leads_caseworker ON leads (caseworker_id);
GO
CREATE TABLE lead_history (
    entry_id       UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    citizen_id     NVARCHAR(64)     NOT NULL,
    caseworker_id  NVARCHAR(64)     NOT NULL,
    department     NVARCHAR(32)     NOT NULL,
    case_id        UNIQUEIDENTIFIER NOT NULL,
    reason         NVARCHAR(1000)   NOT NULL,
    is_override    BIT              NOT NULL DEFAULT 0,
    assigned_by    NVARCHAR(100)    NOT NULL,
    since          DATETIMEOFFSET   NOT NULL,
    released_at    DATETIMEOFFSET   NULL,
    release_reason NVARCHAR(1000)   NULL
);
GO
CREATE INDEX ix_lead_history_citizen ON lead_history (citizen_id, since);
GO
-- One combined plan per coordinated citizen. The centres' goals and interventions are read live
-- from plan_goals/plan_interventions; each version keeps a JSON snapshot of the whole plan.
CREATE TABLE combined_plans (
    citizen_id    NVARCHAR(64)   NOT NULL PRIMARY KEY,
    status        NVARCHAR(16)   NOT NULL,
    version       INT            NOT NULL,
    citizen_goals NVARCHAR(MAX)  NOT NULL,
    shared_goals  NVARCHAR(MAX)  NOT NULL,
    created_at    DATETIMEOFFSET NOT NULL,
    updated_at    DATETIMEOFFSET NOT NULL,
    archived_at   DATETIMEOFFSET NULL
);
GO
CREATE TABLE plan_versions (
    citizen_id NVARCHAR(64)   NOT NULL,
    version    INT            NOT NULL,
    changed_by NVARCHAR(100)  NOT NULL,
    why        NVARCHAR(1000) NOT NULL,
    changed_at DATETIMEOFFSET NOT NULL,
    snapshot   NVARCHAR(MAX)  NOT NULL,
    PRIMARY KEY (citizen_id, version)
);
GO
-- The centres' goals, interventions, contacts, notifications and young people nearing 18, kept
-- from events whatever the citizen's coordination state (a plan can start later).
CREATE TABLE plan_goals (
    goal_id         UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    citizen_id      NVARCHAR(64)     NOT NULL,
    department      NVARCHAR(32)     NOT NULL,
    case_id         UNIQUEIDENTIFIER NOT NULL,
    text            NVARCHAR(2000)   NULL,
    fsiii_condition NVARCHAR(200)    NULL,
    current_level   INT              NULL,
    target_level    INT              NULL,
    set_seen        BIT              NOT NULL DEFAULT 0,
    level_seq       BIGINT           NOT NULL DEFAULT 0
);
GO
CREATE INDEX ix_plan_goals_citizen ON plan_goals (citizen_id);
GO
CREATE TABLE plan_interventions (
    intervention_id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    citizen_id      NVARCHAR(64)     NOT NULL,
    department      NVARCHAR(32)     NOT NULL,
    case_id         UNIQUEIDENTIFIER NOT NULL,
    type            NVARCHAR(64)     NULL,
    legal_basis     NVARCHAR(200)    NULL,
    starts_on       DATE             NULL,
    planned_end_on  DATE             NULL,
    ended_on        DATE             NULL,
    description     NVARCHAR(2000)   NULL,
    goal_ids        NVARCHAR(2000)   NOT NULL DEFAULT N'',
    added_seen      BIT              NOT NULL DEFAULT 0
);
GO
CREATE INDEX ix_plan_interventions_citizen ON plan_interventions (citizen_id);
GO
CREATE TABLE contacts (
    contact_id   UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    citizen_id   NVARCHAR(64)     NOT NULL,
    department   NVARCHAR(32)     NOT NULL,
    case_id      UNIQUEIDENTIFIER NOT NULL,
    kind         NVARCHAR(32)     NOT NULL,
    at           DATETIMEOFFSET   NOT NULL,
    participants NVARCHAR(200)    NOT NULL
);
GO
CREATE INDEX ix_contacts_citizen ON contacts (citizen_id, at);
GO
CREATE TABLE notifications (
    notification_id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    citizen_id      NVARCHAR(64)     NOT NULL,
    department      NVARCHAR(32)     NOT NULL,
    case_id         UNIQUEIDENTIFIER NULL,
    received_at     DATETIMEOFFSET   NULL,
    assessed_at     DATETIMEOFFSET   NULL
);
GO
CREATE INDEX ix_notifications_citizen ON notifications (citizen_id);
GO
CREATE TABLE young_people (
    case_id           UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    citizen_id        NVARCHAR(64)     NOT NULL,
    department        NVARCHAR(32)     NOT NULL,
    turns_eighteen_on DATE             NOT NULL
);
GO
-- Alerts are keyed by what they are about, so every evaluation pass can run again without doubling.
CREATE TABLE alerts (
    alert_key     NVARCHAR(200)  NOT NULL PRIMARY KEY,
    kind          NVARCHAR(64)   NOT NULL,
    citizen_id    NVARCHAR(64)   NULL,
    department    NVARCHAR(32)   NULL,
    caseworker_id NVARCHAR(64)   NULL,
    message       NVARCHAR(1000) NOT NULL,
    due_at        DATETIMEOFFSET NOT NULL,
    raised_at     DATETIMEOFFSET NOT NULL,
    resolved_at   DATETIMEOFFSET NULL
);
GO
CREATE INDEX ix_alerts_open ON alerts (resolved_at, kind);
GO
-- Append-only: no statement in the hub updates or deletes these rows.
CREATE TABLE access_log (
    entry_id          UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    citizen_id        NVARCHAR(64)     NOT NULL,
    reader_id         NVARCHAR(100)    NOT NULL,
    reader_department NVARCHAR(32)     NULL,
    reader_roles      NVARCHAR(200)    NOT NULL,
    view_name         NVARCHAR(32)     NOT NULL,
    purpose           NVARCHAR(500)    NOT NULL,
    read_at           DATETIMEOFFSET   NOT NULL
);
GO
CREATE INDEX ix_access_log_citizen ON access_log (citizen_id, read_at);
GO
CREATE TRIGGER access_log_append_only ON access_log INSTEAD OF UPDATE, DELETE AS
BEGIN
    THROW 50001, 'access_log is append-only', 1;
END;
