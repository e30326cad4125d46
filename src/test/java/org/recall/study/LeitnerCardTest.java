package org.recall.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LeitnerCardTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void aFreshCardIsInBoxOneAndDueNow() {
        LeitnerCard card = LeitnerCard.fresh("c1", NOW);
        assertEquals(1, card.box());
        assertTrue(card.isDueAt(NOW));
    }

    @Test
    void knownMovesUpOneBoxAndWaitsLongerInEach() {
        LeitnerCard card = LeitnerCard.fresh("c1", NOW);
        card = card.afterReview(true, NOW);
        assertEquals(2, card.box());
        assertEquals(NOW.plus(Duration.ofDays(1)), card.dueAt());
        assertFalse(card.isDueAt(NOW.plus(Duration.ofHours(23))));
        card = card.afterReview(true, NOW).afterReview(true, NOW);
        assertEquals(4, card.box());
        assertEquals(NOW.plus(Duration.ofDays(7)), card.dueAt());
    }

    @Test
    void boxFiveIsTheTop() {
        LeitnerCard card = new LeitnerCard("c1", 5, NOW);
        LeitnerCard after = card.afterReview(true, NOW);
        assertEquals(5, after.box());
        assertEquals(NOW.plus(Duration.ofDays(14)), after.dueAt());
    }

    @Test
    void missedGoesBackToBoxOneDueAtOnce() {
        LeitnerCard missed = new LeitnerCard("c1", 4, NOW.plus(Duration.ofDays(7))).afterReview(false, NOW);
        assertEquals(1, missed.box());
        assertTrue(missed.isDueAt(NOW));
    }

    @Test
    void boxesOutsideOneToFiveAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LeitnerCard("c1", 0, NOW));
        assertThrows(IllegalArgumentException.class, () -> new LeitnerCard("c1", 6, NOW));
    }
}
