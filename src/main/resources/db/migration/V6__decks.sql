-- Uploaded decks, one row per version. A version never changes once stored: a new upload of the same
-- deck id becomes version n+1. Built-in decks (on the classpath) are not stored here and their ids
-- cannot be uploaded. The document is the deck in the JSON deck format (CSV uploads are converted),
-- so that it is read back by the same loader; 1 MiB is the format's limit (docs/deck-format.md).
CREATE TABLE deck_version (
    deck_id     VARCHAR(64)      NOT NULL,
    version     INTEGER          NOT NULL,
    title       VARCHAR(2000)    NOT NULL,
    document    VARCHAR(1048576) NOT NULL,
    status      VARCHAR(10)      NOT NULL,
    owner       VARCHAR(100)     NOT NULL,
    uploaded_by VARCHAR(300)     NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (deck_id, version),
    CONSTRAINT deck_version_status CHECK (status IN ('ACTIVE', 'RETIRED')),
    CONSTRAINT deck_version_number CHECK (version >= 1)
);

-- The version of an uploaded deck an activity was created with, so that it keeps working, unchanged,
-- after the deck gets new versions or is retired. NULL: a built-in deck (built-in decks ship with the
-- application and have no versions); every activity older than this migration serves a built-in deck.
ALTER TABLE activity ADD COLUMN deck_version INTEGER;
