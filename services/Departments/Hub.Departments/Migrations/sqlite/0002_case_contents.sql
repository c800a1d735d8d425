ALTER TABLE cases ADD COLUMN turns_eighteen_on TEXT NULL;
ALTER TABLE cases ADD COLUMN adulthood_reported_at TEXT NULL;
CREATE INDEX ix_cases_turns_eighteen ON cases (turns_eighteen_on) WHERE turns_eighteen_on IS NOT NULL AND adulthood_reported_at IS NULL;

CREATE TABLE interventions (
    intervention_id TEXT NOT NULL PRIMARY KEY,
    case_id         TEXT NOT NULL REFERENCES cases (case_id),
    type            TEXT NOT NULL,
    legal_basis     TEXT NOT NULL,
    starts_on       TEXT NOT NULL,
    planned_end_on  TEXT NULL,
    description     TEXT NULL,
    goal_ids        TEXT NOT NULL,
    added_at        TEXT NOT NULL,
    ended_on        TEXT NULL,
    end_reason      TEXT NULL
);
CREATE INDEX ix_interventions_case ON interventions (case_id);

CREATE TABLE goals (
    goal_id         TEXT    NOT NULL PRIMARY KEY,
    case_id         TEXT    NOT NULL REFERENCES cases (case_id),
    text            TEXT    NOT NULL,
    fsiii_condition TEXT    NULL,
    current_level   INTEGER NULL,
    target_level    INTEGER NULL,
    set_at          TEXT    NOT NULL
);
CREATE INDEX ix_goals_case ON goals (case_id);

CREATE TABLE goal_progress (
    goal_id       TEXT    NOT NULL REFERENCES goals (goal_id),
    recorded_at   TEXT    NOT NULL,
    current_level INTEGER NOT NULL,
    note          TEXT    NULL
);
CREATE INDEX ix_goal_progress_goal ON goal_progress (goal_id);

CREATE TABLE contacts (
    contact_id   TEXT NOT NULL PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases (case_id),
    kind         TEXT NOT NULL,
    at           TEXT NOT NULL,
    participants TEXT NOT NULL
);
CREATE INDEX ix_contacts_case ON contacts (case_id);

CREATE TABLE notifications (
    notification_id TEXT    NOT NULL PRIMARY KEY,
    citizen_id      TEXT    NOT NULL,
    case_id         TEXT    NULL,
    received_at     TEXT    NOT NULL,
    source          TEXT    NULL,
    assessed_at     TEXT    NULL,
    outcome         TEXT    NULL,
    sequence        INTEGER NOT NULL
);
CREATE INDEX ix_notifications_citizen ON notifications (citizen_id);

CREATE TABLE coordination (
    citizen_id           TEXT    NOT NULL PRIMARY KEY,
    lead_caseworker_id   TEXT    NULL,
    lead_department      TEXT    NULL,
    lead_reason          TEXT    NULL,
    lead_since           TEXT    NULL,
    lead_changed_at      TEXT    NULL,
    plan_version         INTEGER NULL,
    plan_archived        INTEGER NOT NULL DEFAULT 0,
    plan_changed_at      TEXT    NULL
);
