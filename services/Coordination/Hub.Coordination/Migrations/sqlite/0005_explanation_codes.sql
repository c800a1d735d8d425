-- Codes, not sentences (issue 17). Every explanation the hub keeps as an English sentence now keeps its stable code
-- (Hub.Api.Explanations) and its arguments (a JSON object of strings) beside it. A row from before has NULL here and
-- is served with the code 'legacy': a reader shows its sentence.
ALTER TABLE leads ADD COLUMN reason_code TEXT NULL;
ALTER TABLE leads ADD COLUMN reason_args TEXT NULL;

ALTER TABLE lead_history ADD COLUMN reason_code TEXT NULL;
ALTER TABLE lead_history ADD COLUMN reason_args TEXT NULL;
ALTER TABLE lead_history ADD COLUMN release_reason_code TEXT NULL;
ALTER TABLE lead_history ADD COLUMN release_reason_args TEXT NULL;

ALTER TABLE plan_versions ADD COLUMN why_code TEXT NULL;
ALTER TABLE plan_versions ADD COLUMN why_args TEXT NULL;

ALTER TABLE timeline_entries ADD COLUMN summary_code TEXT NULL;
ALTER TABLE timeline_entries ADD COLUMN summary_args TEXT NULL;

-- An alert's kind is its code; the deadline pass raises an open alert again to fill in its arguments.
ALTER TABLE alerts ADD COLUMN args TEXT NULL;
