-- Codes, not sentences (issue 17). Every explanation the hub keeps as an English sentence now keeps its stable code
-- (Hub.Api.Explanations) and its arguments (a JSON object of strings) beside it. A row from before has NULL here and
-- is served with the code 'legacy': a reader shows its sentence.
ALTER TABLE leads ADD
    reason_code NVARCHAR(64)   NULL,
    reason_args NVARCHAR(2000) NULL;
GO
ALTER TABLE lead_history ADD
    reason_code         NVARCHAR(64)   NULL,
    reason_args         NVARCHAR(2000) NULL,
    release_reason_code NVARCHAR(64)   NULL,
    release_reason_args NVARCHAR(2000) NULL;
GO
ALTER TABLE plan_versions ADD
    why_code NVARCHAR(64)   NULL,
    why_args NVARCHAR(2000) NULL;
GO
ALTER TABLE timeline_entries ADD
    summary_code NVARCHAR(64)   NULL,
    summary_args NVARCHAR(1000) NULL;
GO
-- An alert's kind is its code; the deadline pass raises an open alert again to fill in its arguments.
ALTER TABLE alerts ADD args NVARCHAR(1000) NULL;
