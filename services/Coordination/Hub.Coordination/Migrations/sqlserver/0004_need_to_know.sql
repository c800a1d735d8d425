-- Need-to-know (issue 13). A consent records its evidence: who gave it (the citizen, a guardian or a
-- representative), how (a signed form or a digital consent) and the form's reference or the consent's id,
-- and the centre of the person who recorded it.
ALTER TABLE consents ADD
    evidence_given_by      NVARCHAR(32)  NULL,
    evidence_kind          NVARCHAR(32)  NULL,
    evidence_reference     NVARCHAR(100) NULL,
    recorded_by_department NVARCHAR(32)  NULL;
GO
-- Refused reads and lookups that found nothing are logged too: the outcome says which.
ALTER TABLE access_log ADD outcome NVARCHAR(16) NOT NULL CONSTRAINT df_access_log_outcome DEFAULT 'allowed';
