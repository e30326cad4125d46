-- Portable SQL (H2 2.2 and PostgreSQL 15).
-- A dynamic registration between the page that shows the admin what will be registered and the confirm
-- button (LTI Dynamic Registration 1.0 §3.3-3.6): the platform's registration token stays on the server,
-- keyed by a random id the confirm form carries; the row is deleted when confirmed, and expires soon.
CREATE TABLE pending_registration (
    id                 VARCHAR(64)    PRIMARY KEY,
    configuration_url  VARCHAR(2000)  NOT NULL,
    configuration      VARCHAR(20000) NOT NULL,
    registration_token VARCHAR(4000),
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX pending_registration_expiry ON pending_registration (expires_at);
