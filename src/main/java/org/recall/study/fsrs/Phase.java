package org.recall.study.fsrs;

/**
 * Where a card is in the FSRS schedule (py-fsrs {@code State}): learning its first short steps (a card
 * never reviewed is learning, step 0), in review at day intervals, or relearning after a lapse.
 */
public enum Phase {
    LEARNING, REVIEW, RELEARNING
}
