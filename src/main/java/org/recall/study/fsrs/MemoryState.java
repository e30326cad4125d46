package org.recall.study.fsrs;

import java.time.Instant;
import java.util.Objects;

/**
 * A student's memory of one card in FSRS-6: stability S (days for retrievability to fall from 100 % to
 * 90 %), difficulty D (1..10), and when it was last reviewed and is next due. Retrievability is not
 * stored: it follows from S and the time since the last review ({@link Scheduler#retrievability}).
 *
 * @param step       the learning or relearning step the card is on (0 in review)
 * @param stability  null until the first review
 * @param difficulty null until the first review
 * @param lastReview null until the first review
 */
public record MemoryState(Phase phase, int step, Double stability, Double difficulty, Instant lastReview, Instant due) {

    public MemoryState {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(due, "due");
        if ((stability == null) != (difficulty == null)) {
            throw new IllegalArgumentException("stability and difficulty come together");
        }
    }

    /** A card the student has not reviewed yet: learning, step 0, due now. */
    public static MemoryState fresh(Instant now) {
        return new MemoryState(Phase.LEARNING, 0, null, null, null, now);
    }

    public boolean reviewed() {
        return lastReview != null;
    }

    public boolean isDueAt(Instant now) {
        return !due.isAfter(now);
    }
}
