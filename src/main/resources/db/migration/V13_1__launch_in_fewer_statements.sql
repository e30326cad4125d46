-- Issue 13: a launch in fewer statements.
-- The login request's parameters (for "open in a new window") travel in the login state's row: one INSERT
-- at login initiation instead of two. The old table goes (its rows lived 10 minutes).
ALTER TABLE login_state ADD COLUMN login_request VARCHAR(8000);
DROP TABLE login_request;

-- Platform registrations are served from memory; every change to them (platform or deployment added or
-- removed) bumps this one row in the same transaction, and each instance reads it at most once a second
-- to know when to reload.
CREATE TABLE registry_version (
    id      INTEGER PRIMARY KEY,
    version BIGINT  NOT NULL
);
INSERT INTO registry_version (id, version) VALUES (1, 0);
