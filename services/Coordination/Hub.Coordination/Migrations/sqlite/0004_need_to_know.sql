-- Need-to-know (issue 13). A consent records its evidence: who gave it (the citizen, a guardian or a
-- representative), how (a signed form or a digital consent) and the form's reference or the consent's id,
-- and the centre of the person who recorded it.
ALTER TABLE consents ADD COLUMN evidence_given_by TEXT NULL;
ALTER TABLE consents ADD COLUMN evidence_kind TEXT NULL;
ALTER TABLE consents ADD COLUMN evidence_reference TEXT NULL;
ALTER TABLE consents ADD COLUMN recorded_by_department TEXT NULL;

-- Refused reads and lookups that found nothing are logged too: the outcome says which.
ALTER TABLE access_log ADD COLUMN outcome TEXT NOT NULL DEFAULT 'allowed';
