-- The attempt limit enforced by the database (issue 17). Portable SQL for H2 2.2 and PostgreSQL 15.
-- An attempt records the limit it was started under; its number is one more than the learner's highest
-- (quiz_attempt_number makes two concurrent starts unable to share one), so no attempt beyond the limit
-- can be stored, however many starts race. NULL: no limit (unlimited attempts, and attempts older than this).
ALTER TABLE quiz_attempt ADD COLUMN attempt_limit INTEGER;
ALTER TABLE quiz_attempt ADD CONSTRAINT quiz_attempt_within_limit
    CHECK (attempt_limit IS NULL OR attempt_number <= attempt_limit);
