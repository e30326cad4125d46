package org.recall.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recall.activity.StudyMode;
import org.recall.study.fsrs.Rating;

/** The study stores against H2 migrated by Flyway: each keeps its state per learner. */
class StudyStoresTest {

    private static final List<String> CARDS = List.of("c1", "c2", "c3");

    private final TestDatabase db = TestDatabase.fresh();
    private final long activity = db.activity("rl-1", null, null);
    private final Learner ana = new Learner(activity, "ana");
    private final Learner ben = new Learner(activity, "ben");

    @Test
    void reviewKeepsTheLatestRatingAndCountsRatings() {
        var reviews = new Reviews(db.dataSource());
        reviews.rate(ana, "c1", ReviewRating.NOT_YET, CARDS);
        reviews.rate(ana, "c2", ReviewRating.KNOWN, CARDS);
        ReviewState state = reviews.rate(ana, "c1", ReviewRating.KNOWN, CARDS);
        assertEquals(List.of("c1", "c2"), state.known());
        assertEquals(List.of(), state.notYet());
        assertEquals(Map.of("c1", 2, "c2", 1), state.ratings());
        assertEquals(List.of(), reviews.state(ben, CARDS).known());
    }

    @Test
    void fsrsStatesAreKeptAcrossVisitsAndDueCardsComeBack() {
        var clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        var spaced = new SpacedReview(db.dataSource(), clock);
        SpacedState first = spaced.state(ana, 0.9, CARDS);
        assertEquals(CARDS, first.due(), "new cards are due now, in deck order");
        assertEquals(3, first.count(Mastery.NEW));
        assertEquals(0, first.known());

        spaced.rate(ana, 0.9, "c1", Rating.EASY, CARDS);
        SpacedState afterTwo = spaced.rate(ana, 0.9, "c2", Rating.AGAIN, CARDS);
        assertEquals(List.of("c3"), afterTwo.due(), "c2 waits for its one-minute step");
        assertEquals(List.of("c2", "c3"), spaced.rate(ana, 0.9, "c3", Rating.GOOD, CARDS).due(),
                "nothing else due: c2 (1 minute) is reviewed ahead of c3 (10 minutes)");
        SpacedState.Card c1 = afterTwo.cards().get(0);
        assertEquals(Mastery.KNOWN, c1.mastery());
        assertEquals(clock.instant().plus(Duration.ofDays(8)), c1.memory().state().due(), "Easy on a new card: 8 days");
        assertEquals(Mastery.NOT_YET, afterTwo.cards().get(1).mastery());

        // A new store (another launch, another instance) sees the same memory; 9 days later c1 is overdue.
        clock.now = clock.now.plus(Duration.ofDays(9));
        SpacedState later = new SpacedReview(db.dataSource(), clock).state(ana, 0.9, CARDS);
        assertTrue(later.due().contains("c1"));
        assertEquals(Mastery.FADING, later.cards().get(0).mastery(), "below the desired 90 % now");
        assertEquals(0.89, later.cards().get(0).retrievability(), 0.01);
        CardMemory lapsed = spaced.record(ana, 0.9, "c1", Rating.AGAIN);
        assertEquals(1, lapsed.lapses());
        assertEquals(2, lapsed.reviews());
        assertEquals(3, spaced.state(ben, 0.9, CARDS).count(Mastery.NEW), "ben's memory is his own");
        assertEquals(java.util.Set.of("ana"), spaced.states(activity, 0.9, CARDS).keySet());
    }

    @Test
    void learningCardsAreReviewedAheadWhenNothingElseIsDue() {
        var clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        var spaced = new SpacedReview(db.dataSource(), clock);
        for (String card : CARDS) {
            spaced.record(ana, 0.9, card, Rating.GOOD);
        }
        SpacedState state = spaced.state(ana, 0.9, CARDS);
        assertEquals(0, state.dueNow());
        assertEquals(CARDS, state.due(), "each is on its 10-minute step: learn ahead (20 minutes)");
        assertEquals(3, state.known());
        for (String card : CARDS) {
            spaced.record(ana, 0.9, card, Rating.GOOD);
        }
        assertEquals(List.of(), spaced.state(ana, 0.9, CARDS).due(), "graduated: due in days");
    }

    @Test
    void withFuzzTheWaitShownOnARatingIsTheWaitItGives() {
        var clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        var spaced = new SpacedReview(db.dataSource(), clock, true);
        var seen = new java.util.HashSet<Long>();
        for (String card : CARDS) {
            CardMemory first = spaced.record(ana, 0.9, card, Rating.EASY);
            clock.now = first.state().due();
            CardMemory before = spaced.state(ana, 0.9, CARDS).cards().stream().filter(c -> c.id().equals(card)).findFirst()
                    .orElseThrow().memory();
            Duration shown = spaced.preview(ana, before, 0.9).get(Rating.GOOD);
            CardMemory after = spaced.record(ana, 0.9, card, Rating.GOOD);
            assertEquals(shown, Duration.between(clock.now, after.state().due()), card);
            seen.add(shown.toDays());
        }
        assertTrue(seen.size() > 1 && seen.stream().allMatch(days -> days >= 35 && days <= 55), "fuzzed around 45 days: " + seen);
    }

    @Test
    void aHigherDesiredRetentionGivesShorterIntervals() {
        var clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        var spaced = new SpacedReview(db.dataSource(), clock);
        Instant at90 = spaced.record(ana, 0.9, "c1", Rating.EASY).state().due();
        Instant at97 = spaced.record(ben, 0.97, "c1", Rating.EASY).state().due();
        assertTrue(at97.isBefore(at90), at97 + " vs " + at90);
    }

    @Test
    void studyTimeMakesAStreakOfDaysInARow() {
        var times = new StudyTimes(db.dataSource());
        var today = java.time.LocalDate.parse("2026-03-10");
        assertEquals(0, times.streak(ana, today));
        times.add(ana, StudyMode.REVIEW, today.minusDays(4), 30);
        times.add(ana, StudyMode.REVIEW, today.minusDays(2), 30);
        times.add(ana, StudyMode.MATCH, today.minusDays(1), 45);
        assertEquals(2, times.streak(ana, today), "yesterday and the day before; today not yet");
        times.add(ana, StudyMode.MATCH, today, 10);
        times.add(ana, StudyMode.MATCH, today, 20);
        assertEquals(3, times.streak(ana, today));
        assertEquals(75L, times.of(ana).get("match"));
        assertEquals(60L, times.byStudent(activity).get("ana").get("review"));
        assertEquals(0, times.streak(ben, today));
    }

    @Test
    void matchKeepsTheBestTime() {
        var matches = new MatchTimes(db.dataSource());
        assertTrue(matches.find(ana).isEmpty());
        matches.finish(ana, 30_000);
        matches.finish(ana, 23_400);
        MatchTimes.MatchRecord record = matches.finish(ana, 41_000);
        assertEquals(new MatchTimes.MatchRecord(23_400, 41_000, 3), record);
        assertEquals(java.util.Map.of("ana", 23_400), matches.bestByStudent(activity));
    }

    @Test
    void resumeStateIsPerModeAndReplaced() {
        var states = new ResumeStates(db.dataSource());
        assertEquals(Optional.empty(), states.find(ana, StudyMode.REVIEW));
        states.store(ana, StudyMode.REVIEW, "{\"index\":1}");
        states.store(ana, StudyMode.REVIEW, "{\"index\":2}");
        states.store(ana, StudyMode.QUIZ, "{\"page\":3}");
        assertEquals(Optional.of("{\"index\":2}"), states.find(ana, StudyMode.REVIEW));
        assertEquals(Optional.empty(), states.find(ben, StudyMode.REVIEW));
    }

    @Test
    void explainAnswersKeepTextAndTickedConcepts() {
        var answers = new ExplainAnswers(db.dataSource());
        answers.store(ana, new ExplainAnswer("e1", "first", Set.of(0)));
        answers.store(ana, new ExplainAnswer("e1", "Data and models <b>", new java.util.TreeSet<>(Set.of(3, 0, 2))));
        List<ExplainAnswer> all = answers.all(ana);
        assertEquals(1, all.size());
        assertEquals("Data and models <b>", all.get(0).text());
        assertEquals(List.of(0, 2, 3), all.get(0).conceptIndexes());
        assertTrue(answers.all(ben).isEmpty());
    }
}
