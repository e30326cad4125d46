package org.recall.study.fsrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * FSRS-6 against the reference implementations' own test vectors: py-fsrs {@code tests/test_fsrs.py}
 * ({@code test_review_card}, {@code test_memo_state}, {@code test_repeated_correct_reviews}, the learning
 * step tests) and ts-fsrs {@code FSRS-6.test.ts} (first-review stability and difficulty). Fuzz off.
 */
class SchedulerTest {

    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");
    private final Scheduler fsrs = new Scheduler(0.9, null);

    @Test
    void goodSixTimesAgainTwiceGoodFiveTimesGivesTheReferenceIntervals() {
        List<Rating> ratings = List.of(Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD,
                Rating.AGAIN, Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD);
        MemoryState card = MemoryState.fresh(START);
        Instant now = START;
        var intervals = new ArrayList<Long>();
        for (Rating rating : ratings) {
            card = fsrs.review(card, rating, now);
            intervals.add(Duration.between(card.lastReview(), card.due()).toDays());
            now = card.due();
        }
        assertEquals(List.of(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L), intervals);
    }

    @ParameterizedTest
    @CsvSource({"AGAIN, 0.212, 6.4133", "HARD, 1.2931, 5.11217071", "GOOD, 2.3065, 2.11810397", "EASY, 8.2956, 1"})
    void firstReviewStabilityAndDifficulty(Rating rating, double stability, double difficulty) {
        MemoryState card = fsrs.review(MemoryState.fresh(START), rating, START);
        assertEquals(stability, card.stability(), 1e-9);
        assertEquals(difficulty, card.difficulty(), 1e-8);
        assertEquals(rating == Rating.EASY ? Phase.REVIEW : Phase.LEARNING, card.phase());
    }

    @Test
    void memoryStateAfterAgainAndFiveGoodsMatchesTheReference() {
        List<Rating> ratings = List.of(Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD);
        int[] days = {0, 0, 1, 3, 8, 21};
        MemoryState card = MemoryState.fresh(START);
        Instant now = START;
        for (int i = 0; i < ratings.size(); i++) {
            now = now.plus(Duration.ofDays(days[i]));
            card = fsrs.review(card, ratings.get(i), now);
        }
        assertEquals(53.62691, card.stability(), 1e-4);
        assertEquals(6.3574867, card.difficulty(), 1e-4);
    }

    @Test
    void easyAgainAndAgainDrivesDifficultyToItsFloor() {
        MemoryState card = MemoryState.fresh(START);
        for (int i = 0; i < 10; i++) {
            card = fsrs.review(card, Rating.EASY, START.plusNanos(i * 1000L));
        }
        assertEquals(1.0, card.difficulty());
    }

    @ParameterizedTest
    @CsvSource({"AGAIN, LEARNING, 60", "HARD, LEARNING, 330", "GOOD, LEARNING, 600"})
    void learningStepsAreOneAndTenMinutes(Rating rating, Phase phase, long seconds) {
        MemoryState card = fsrs.review(MemoryState.fresh(START), rating, START);
        assertEquals(phase, card.phase());
        assertEquals(seconds, Duration.between(START, card.due()).toSeconds());
    }

    @Test
    void aLapseRelearnsForTenMinutesThenGoesBackToDays() {
        MemoryState card = fsrs.review(MemoryState.fresh(START), Rating.EASY, START);
        assertEquals(8, Duration.between(START, card.due()).toDays());
        MemoryState lapsed = fsrs.review(card, Rating.AGAIN, card.due());
        assertEquals(Phase.RELEARNING, lapsed.phase());
        assertEquals(Duration.ofMinutes(10), Duration.between(lapsed.lastReview(), lapsed.due()));
        MemoryState relearned = fsrs.review(lapsed, Rating.GOOD, lapsed.due());
        assertEquals(Phase.REVIEW, relearned.phase());
        assertTrue(Duration.between(relearned.lastReview(), relearned.due()).toDays() >= 1);
    }

    @Test
    void retrievabilityIsNinetyPercentAfterStabilityDaysAndZeroBeforeAnyReview() {
        assertEquals(0, fsrs.retrievability(MemoryState.fresh(START), START));
        var card = new MemoryState(Phase.REVIEW, 0, 10.0, 5.0, START, START.plus(Duration.ofDays(10)));
        assertEquals(1.0, fsrs.retrievability(card, START), 1e-12);
        assertEquals(0.9, fsrs.retrievability(card, START.plus(Duration.ofDays(10))), 1e-9);
        assertTrue(fsrs.retrievability(card, START.plus(Duration.ofDays(30))) < 0.9);
    }

    @Test
    void desiredRetentionSetsTheIntervalWithinTheTeachersRange() {
        assertEquals(10, fsrs.interval(10));
        assertTrue(new Scheduler(0.7, null).interval(10) > 10);
        assertTrue(new Scheduler(0.97, null).interval(10) < 10);
        assertEquals(1, fsrs.interval(0.01), "at least a day");
        assertEquals(Scheduler.MAXIMUM_INTERVAL, fsrs.interval(1_000_000), "at most 36,500 days");
        assertThrows(IllegalArgumentException.class, () -> new Scheduler(0.69, null));
        assertThrows(IllegalArgumentException.class, () -> new Scheduler(0.98, null));
        assertThrows(IllegalArgumentException.class, () -> new Scheduler(Double.NaN, null));
    }

    @Test
    void fuzzSpreadsLongIntervalsWithinTheReferenceRange() {
        var fuzzed = new Scheduler(0.9, new Random(7));
        var card = new MemoryState(Phase.REVIEW, 0, 30.0, 5.0, START, START.plus(Duration.ofDays(30)));
        var seen = new java.util.TreeSet<Long>();
        for (int i = 0; i < 200; i++) {
            MemoryState next = fuzzed.review(card, Rating.GOOD, card.due());
            seen.add(Duration.between(next.lastReview(), next.due()).toDays());
        }
        long exact = Duration.between(card.due(), fsrs.review(card, Rating.GOOD, card.due()).due()).toDays();
        // py-fsrs: ±(1 + 0.15 * 4.5 + 0.1 * 13 + 0.05 * (days - 20)) around the exact interval.
        double delta = 1 + 0.675 + 1.3 + 0.05 * (exact - 20);
        assertTrue(seen.size() > 3, seen.toString());
        assertTrue(seen.first() >= Math.round(exact - delta) && seen.last() <= Math.round(exact + delta) + 1,
                exact + " " + seen);
    }
}
