package org.recall.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recall.activity.StudyMode;

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
    void leitnerBoxesAreKeptAcrossVisitsAndDueCardsComeBack() {
        var clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        var spaced = new SpacedReview(db.dataSource(), clock);
        SpacedState first = spaced.state(ana, CARDS);
        assertEquals(Map.of("c1", 1, "c2", 1, "c3", 1), first.boxes());
        assertEquals(CARDS, first.due());

        spaced.review(ana, "c1", true, CARDS);
        SpacedState afterKnown = spaced.review(ana, "c2", false, CARDS);
        assertEquals(2, afterKnown.boxes().get("c1"));
        assertEquals(List.of("c2", "c3"), afterKnown.due());
        assertEquals(clock.instant().plus(Duration.ofDays(1)), afterKnown.nextDue().get("c1"));

        // A new store (another launch, another instance) sees the same boxes; a day later c1 is due again.
        clock.now = clock.now.plus(Duration.ofDays(1));
        SpacedState nextDay = new SpacedReview(db.dataSource(), clock).state(ana, CARDS);
        assertEquals(2, nextDay.boxes().get("c1"));
        assertEquals(CARDS, nextDay.due());
        assertEquals(1, new SpacedReview(db.dataSource(), clock).review(ana, "c1", false, CARDS).boxes().get("c1"));
        assertEquals(1, spaced.state(ben, CARDS).boxes().get("c1"));
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

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
