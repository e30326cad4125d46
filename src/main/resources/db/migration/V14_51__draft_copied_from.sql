-- The deck a draft was copied from (NULL: a new deck, or a draft that edits its deck in place), so that
-- "Edit this deck" on a deck the platform may not change continues the copy left there rather than
-- starting another.
ALTER TABLE deck_draft ADD COLUMN copied_from VARCHAR(64);
