-- An attempt keeps the deck version it was taken on (null: a built-in deck), so that it is graded and
-- shown against the questions the student saw, whatever later uploads or retirements do to the deck.
ALTER TABLE quiz_attempt ADD COLUMN deck_version INTEGER;
