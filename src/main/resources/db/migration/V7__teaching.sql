-- Teaching side (issue 7). Portable SQL for H2 2.2 and PostgreSQL 15.

-- Who launched an activity, with the name and email the platform shared (if any) at their latest
-- launch: study sessions expire and are purged, the instructor's results view still needs the names.
CREATE TABLE activity_learner (
    activity_id    BIGINT        NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    user_sub       VARCHAR(255)  NOT NULL,
    name           VARCHAR(1000),
    email          VARCHAR(1000),
    first_launch_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_launch_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (activity_id, user_sub)
);

-- Points an instructor awarded to a student's explain answer (sent to the gradebook as FullyGraded).
CREATE TABLE explain_award (
    activity_id BIGINT        NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    user_sub    VARCHAR(255)  NOT NULL,
    prompt_id   VARCHAR(64)   NOT NULL,
    points      DOUBLE PRECISION NOT NULL,
    comment     VARCHAR(2000),
    awarded_by  VARCHAR(255)  NOT NULL,
    awarded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (activity_id, user_sub, prompt_id)
);
