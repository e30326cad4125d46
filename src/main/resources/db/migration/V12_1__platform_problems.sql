-- Issue 12: what went wrong with a platform's services (grade delivery through AGS, roster reads through
-- NRPS), one row per platform and cause ("token request 401", "score 422"…), for the admin page, /health and
-- the rule that a cause is logged once, not once per score. A row holds a plain reason and the HTTP status,
-- never a platform's answer. resolved_at is set when the service works again; the cause is then logged
-- anew if it comes back.
CREATE TABLE platform_problem (
    platform_id  BIGINT        NOT NULL REFERENCES platform (id) ON DELETE CASCADE,
    cause        VARCHAR(100)  NOT NULL,
    service      VARCHAR(20)   NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    status       INTEGER       NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    first_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    occurrences  INTEGER       NOT NULL,
    resolved_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (platform_id, cause)
);

-- Before issue 12 a refused score kept the platform's answer as its error, and a token endpoint's answer
-- holds a live access token (Moodle's token.php sent one as text/html, which was refused and stored).
-- Those answers are removed; the HTTP status stays. (Delivered rows hold only Recall's own notes.)
UPDATE grade_outbox SET last_error = 'Recall no longer keeps what the platform answered to this score.'
    WHERE last_error IS NOT NULL AND status <> 'DELIVERED';
