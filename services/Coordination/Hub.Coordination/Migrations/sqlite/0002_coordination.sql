-- Consent per citizen: the newest row is the one in force. Withdrawal and expiry never delete a row.
CREATE TABLE consents (
    consent_id      TEXT NOT NULL PRIMARY KEY,
    citizen_id      TEXT NOT NULL,
    scope           TEXT NOT NULL,
    purpose         TEXT NOT NULL,
    given_by        TEXT NOT NULL,
    given_at        TEXT NOT NULL,
    expires_on      TEXT NULL,
    withdrawn_by    TEXT NULL,
    withdrawn_at    TEXT NULL,
    withdraw_reason TEXT NULL
);
CREATE INDEX ix_consents_citizen ON consents (citizen_id, given_at);

-- The current lead per citizen; lead_history keeps every assignment and its release.
CREATE TABLE leads (
    citizen_id    TEXT    NOT NULL PRIMARY KEY,
    caseworker_id TEXT    NOT NULL,
    department    TEXT    NOT NULL,
    case_id       TEXT    NOT NULL,
    reason        TEXT    NOT NULL,
    since         TEXT    NOT NULL,
    is_override   INTEGER NOT NULL DEFAULT 0,
    assigned_by   TEXT    NOT NULL
);
CREATE INDEX ix_leads_caseworker ON leads (caseworker_id);

CREATE TABLE lead_history (
    entry_id       TEXT    NOT NULL PRIMARY KEY,
    citizen_id     TEXT    NOT NULL,
    caseworker_id  TEXT    NOT NULL,
    department     TEXT    NOT NULL,
    case_id        TEXT    NOT NULL,
    reason         TEXT    NOT NULL,
    is_override    INTEGER NOT NULL DEFAULT 0,
    assigned_by    TEXT    NOT NULL,
    since          TEXT    NOT NULL,
    released_at    TEXT    NULL,
    release_reason TEXT    NULL
);
CREATE INDEX ix_lead_history_citizen ON lead_history (citizen_id, since);

-- One combined plan per coordinated citizen. The centres' goals and interventions are read live
-- from plan_goals/plan_interventions; each version keeps a JSON snapshot of the whole plan.
CREATE TABLE combined_plans (
    citizen_id    TEXT    NOT NULL PRIMARY KEY,
    status        TEXT    NOT NULL,
    version       INTEGER NOT NULL,
    citizen_goals TEXT    NOT NULL,
    shared_goals  TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    archived_at   TEXT    NULL
);

CREATE TABLE plan_versions (
    citizen_id TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    changed_by TEXT    NOT NULL,
    why        TEXT    NOT NULL,
    changed_at TEXT    NOT NULL,
    snapshot   TEXT    NOT NULL,
    PRIMARY KEY (citizen_id, version)
);

-- The centres' goals, interventions, contacts, notifications and young people nearing 18, kept
-- from events whatever the citizen's coordination state (a plan can start later).
CREATE TABLE plan_goals (
    goal_id         TEXT    NOT NULL PRIMARY KEY,
    citizen_id      TEXT    NOT NULL,
    department      TEXT    NOT NULL,
    case_id         TEXT    NOT NULL,
    text            TEXT    NULL,
    fsiii_condition TEXT    NULL,
    current_level   INTEGER NULL,
    target_level    INTEGER NULL,
    set_seen        INTEGER NOT NULL DEFAULT 0,
    level_seq       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_plan_goals_citizen ON plan_goals (citizen_id);

CREATE TABLE plan_interventions (
    intervention_id TEXT    NOT NULL PRIMARY KEY,
    citizen_id      TEXT    NOT NULL,
    department      TEXT    NOT NULL,
    case_id         TEXT    NOT NULL,
    type            TEXT    NULL,
    legal_basis     TEXT    NULL,
    starts_on       TEXT    NULL,
    planned_end_on  TEXT    NULL,
    ended_on        TEXT    NULL,
    description     TEXT    NULL,
    goal_ids        TEXT    NOT NULL DEFAULT '',
    added_seen      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_plan_interventions_citizen ON plan_interventions (citizen_id);

CREATE TABLE contacts (
    contact_id   TEXT NOT NULL PRIMARY KEY,
    citizen_id   TEXT NOT NULL,
    department   TEXT NOT NULL,
    case_id      TEXT NOT NULL,
    kind         TEXT NOT NULL,
    at           TEXT NOT NULL,
    participants TEXT NOT NULL
);
CREATE INDEX ix_contacts_citizen ON contacts (citizen_id, at);

CREATE TABLE notifications (
    notification_id TEXT NOT NULL PRIMARY KEY,
    citizen_id      TEXT NOT NULL,
    department      TEXT NOT NULL,
    case_id         TEXT NULL,
    received_at     TEXT NULL,
    assessed_at     TEXT NULL
);
CREATE INDEX ix_notifications_citizen ON notifications (citizen_id);

CREATE TABLE young_people (
    case_id           TEXT NOT NULL PRIMARY KEY,
    citizen_id        TEXT NOT NULL,
    department        TEXT NOT NULL,
    turns_eighteen_on TEXT NOT NULL
);

-- Alerts are keyed by what they are about, so every evaluation pass can run again without doubling.
CREATE TABLE alerts (
    alert_key     TEXT NOT NULL PRIMARY KEY,
    kind          TEXT NOT NULL,
    citizen_id    TEXT NULL,
    department    TEXT NULL,
    caseworker_id TEXT NULL,
    message       TEXT NOT NULL,
    due_at        TEXT NOT NULL,
    raised_at     TEXT NOT NULL,
    resolved_at   TEXT NULL
);
CREATE INDEX ix_alerts_open ON alerts (resolved_at, kind);

-- Append-only: no statement in the hub updates or deletes these rows.
CREATE TABLE access_log (
    entry_id          TEXT NOT NULL PRIMARY KEY,
    citizen_id        TEXT NOT NULL,
    reader_id         TEXT NOT NULL,
    reader_department TEXT NULL,
    reader_roles      TEXT NOT NULL,
    view_name         TEXT NOT NULL,
    purpose           TEXT NOT NULL,
    read_at           TEXT NOT NULL
);
CREATE INDEX ix_access_log_citizen ON access_log (citizen_id, read_at);
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END;
