-- Issue 15: the activity's spaced review retention and graded mode, the time students spend in each
-- mode, and Match's best times. Portable SQL for H2 2.2 and PostgreSQL.

-- desired_retention: FSRS's target chance of recall (0.70..0.97, default 0.9), set by the teacher.
-- graded_mode: which mode's score goes to the gradebook of a graded activity: 'quiz' or 'test'.
ALTER TABLE activity ADD COLUMN desired_retention DOUBLE PRECISION DEFAULT 0.9 NOT NULL;
ALTER TABLE activity ADD COLUMN graded_mode VARCHAR(10) DEFAULT 'quiz' NOT NULL;

-- Seconds a student spent in a mode on one day of their own calendar (the browser's time zone): the
-- teaching view's time in each mode, and the student's streak of days studied.
CREATE TABLE study_time (
    activity_id BIGINT       NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    user_sub    VARCHAR(255) NOT NULL,
    mode        VARCHAR(20)  NOT NULL,
    study_day   DATE         NOT NULL,
    seconds     INTEGER      NOT NULL,
    PRIMARY KEY (activity_id, user_sub, mode, study_day),
    CONSTRAINT study_time_seconds CHECK (seconds >= 0)
);

-- Match: a student's best time (milliseconds, penalties included) and how many games they finished.
CREATE TABLE match_time (
    activity_id BIGINT       NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    user_sub    VARCHAR(255) NOT NULL,
    best_ms     INTEGER      NOT NULL,
    last_ms     INTEGER      NOT NULL,
    games       INTEGER      NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (activity_id, user_sub)
);
