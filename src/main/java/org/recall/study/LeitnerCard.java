package org.recall.study;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A card in the Leitner system of spaced review: five boxes, each reviewed less often than the one
 * before. A card the student knew moves up one box (at most to box 5); a card they missed goes back to
 * box 1 (Leitner, "So lernt man lernen", 1972). A card never reviewed is in box 1 and due now.
 */
public record LeitnerCard(String cardId, int box, Instant dueAt) {

    public static final int FIRST_BOX = 1;
    public static final int LAST_BOX = 5;

    /** How long a card waits in each box before it is due again: box 1 at once, box 5 after two weeks. */
    static final List<Duration> WAIT = List.of(Duration.ZERO, Duration.ofDays(1), Duration.ofDays(3),
            Duration.ofDays(7), Duration.ofDays(14));

    public LeitnerCard {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(dueAt, "dueAt");
        if (box < FIRST_BOX || box > LAST_BOX) {
            throw new IllegalArgumentException("Leitner box out of range: " + box);
        }
    }

    /** A card the student has not reviewed yet. */
    public static LeitnerCard fresh(String cardId, Instant now) {
        return new LeitnerCard(cardId, FIRST_BOX, now);
    }

    /** Where the card goes after the student knew it or missed it at {@code now}. */
    public LeitnerCard afterReview(boolean known, Instant now) {
        int next = known ? Math.min(box + 1, LAST_BOX) : FIRST_BOX;
        return new LeitnerCard(cardId, next, now.plus(WAIT.get(next - 1)));
    }

    public boolean isDueAt(Instant now) {
        return !dueAt.isAfter(now);
    }
}
