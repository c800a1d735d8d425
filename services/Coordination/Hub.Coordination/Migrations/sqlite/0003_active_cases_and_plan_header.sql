-- The one definition of an active case: its opening has arrived (a row can exist before, see hub_cases)
-- and it is not closed. Every query about active cases reads this view.
CREATE VIEW active_cases AS
SELECT case_id, department, citizen_id, case_type, caseworker_id, caseworker_name, opened_at
FROM hub_cases
WHERE status = 'open' AND opened_seen = 1;

-- The plan header the unified view and the deadline pass read without building the plan. Written with
-- every version, and again by the deadline pass once a day (findings and follow-up depend on the date).
ALTER TABLE combined_plans ADD COLUMN next_follow_up_on TEXT NULL;
ALTER TABLE combined_plans ADD COLUMN findings INTEGER NOT NULL DEFAULT 0;
ALTER TABLE combined_plans ADD COLUMN evaluated_on TEXT NULL;
