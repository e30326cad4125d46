-- Grade delivery (LTI AGS 2.0). Portable SQL for H2 2.2 and PostgreSQL 15.

-- A claim on an outbox row: the worker that set claim_token (with claimed_until in the future) is the
-- only one sending it; outcomes are written only by that claim. retry_from restarts the 24-hour retry
-- window when an instructor sends a score again.
ALTER TABLE grade_outbox ADD COLUMN claim_token VARCHAR(36);
ALTER TABLE grade_outbox ADD COLUMN retry_from TIMESTAMP WITH TIME ZONE;
ALTER TABLE grade_outbox ADD COLUMN last_status INTEGER;
CREATE INDEX grade_outbox_user_time ON grade_outbox (activity_id, user_sub, score_timestamp);

-- The platform's line item of each activity, when the launch gave only the line items container:
-- found or created once (AGS 2.0 §3.2), also under concurrent first submissions. A row with a null
-- lineitem_url is a reservation held until claimed_until by the worker finding or creating the item.
CREATE TABLE activity_line_item (
    activity_id   BIGINT        PRIMARY KEY REFERENCES activity (id) ON DELETE CASCADE,
    lineitem_url  VARCHAR(2000),
    claimed_until TIMESTAMP WITH TIME ZONE,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
