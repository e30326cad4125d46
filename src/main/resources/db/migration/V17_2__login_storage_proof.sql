-- Login CSRF through platform storage (issue 17). Portable SQL for H2 2.2 and PostgreSQL 15.
-- When the platform offered platform storage at login (lti_storage_target), the random value the login page
-- put in the platform's storage frame; a launch may prove its state through platform storage only with it.
-- NULL: the login offered no platform storage, and only the state cookie can bind its launch to a browser.
ALTER TABLE login_state ADD COLUMN storage_proof VARCHAR(100);
