package org.recall.study;

import java.time.Instant;
import java.util.Objects;
import org.recall.study.fsrs.MemoryState;
import org.recall.study.fsrs.Rating;

/**
 * A student's memory of one card: its FSRS state, the latest rating (from Recall &amp; Review, Write or
 * Spaced review) and how often it was reviewed and forgotten.
 *
 * @param lastRating null for a card never reviewed
 */
public record CardMemory(String cardId, MemoryState state, Rating lastRating, int reviews, int lapses) {

    public CardMemory {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(state, "state");
    }

    static CardMemory fresh(String cardId, Instant now) {
        return new CardMemory(cardId, MemoryState.fresh(now), null, 0, 0);
    }

    /** The card after {@code rating}, its new FSRS state {@code next}: a lapse is a review card forgotten. */
    CardMemory after(Rating rating, MemoryState next) {
        boolean lapse = rating == Rating.AGAIN && state.phase() == org.recall.study.fsrs.Phase.REVIEW;
        return new CardMemory(cardId, next, rating, reviews + 1, lapses + (lapse ? 1 : 0));
    }
}
