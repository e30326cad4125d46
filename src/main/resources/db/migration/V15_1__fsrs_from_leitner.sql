-- Spaced review on FSRS-6 (issue 15): one memory state per student and card, replacing the Leitner boxes.
-- Portable SQL for H2 2.2 and PostgreSQL. A card without a row has never been reviewed (new, due now).
--   phase          LEARNING, REVIEW or RELEARNING (the FSRS card state)
--   learning_step  the learning or relearning step (0 in review)
--   stability      days until retrievability falls to 90 %; difficulty 1..10
--   last_rating    AGAIN, HARD, GOOD or EASY: Recall & Review, Write and Spaced review all rate here
CREATE TABLE fsrs_card (
    activity_id   BIGINT           NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    user_sub      VARCHAR(255)     NOT NULL,
    card_id       VARCHAR(64)      NOT NULL,
    phase         VARCHAR(12)      NOT NULL,
    learning_step INTEGER          NOT NULL,
    stability     DOUBLE PRECISION NOT NULL,
    difficulty    DOUBLE PRECISION NOT NULL,
    last_rating   VARCHAR(5)       NOT NULL,
    last_review   TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    reviews       INTEGER          NOT NULL,
    lapses        INTEGER          NOT NULL,
    PRIMARY KEY (activity_id, user_sub, card_id),
    CONSTRAINT fsrs_card_phase CHECK (phase IN ('LEARNING', 'REVIEW', 'RELEARNING')),
    CONSTRAINT fsrs_card_rating CHECK (last_rating IN ('AGAIN', 'HARD', 'GOOD', 'EASY')),
    CONSTRAINT fsrs_card_difficulty CHECK (difficulty BETWEEN 1 AND 10),
    CONSTRAINT fsrs_card_stability CHECK (stability > 0)
);

-- Leitner rows become FSRS states (docs/spaced-review.md). A box's wait becomes the stability whose
-- interval at 90 % retention is that wait: box 2 -> 1 day, 3 -> 3, 4 -> 7, 5 -> 14, in review, last
-- rated Good with the difficulty of a first Good (2.11810397). Box 1 holds a card last missed: learning,
-- step 0, with the stability and difficulty of a first Again (w0 = 0.212, D0(1) = w4 = 6.4133). The due
-- date and the time of the last review are kept, so no student's schedule moves.
INSERT INTO fsrs_card (activity_id, user_sub, card_id, phase, learning_step, stability, difficulty, last_rating,
                       last_review, due_at, reviews, lapses)
SELECT activity_id, user_sub, card_id,
       CASE WHEN box = 1 THEN 'LEARNING' ELSE 'REVIEW' END,
       0,
       CASE box WHEN 1 THEN 0.212 WHEN 2 THEN 1 WHEN 3 THEN 3 WHEN 4 THEN 7 ELSE 14 END,
       CASE WHEN box = 1 THEN 6.4133 ELSE 2.11810397 END,
       CASE WHEN box = 1 THEN 'AGAIN' ELSE 'GOOD' END,
       updated_at, due_at, box - 1 + CASE WHEN box = 1 THEN 1 ELSE 0 END, 0
FROM leitner_card;

DROP TABLE leitner_card;
