package org.recall.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recall.activity.Activity;
import org.recall.activity.AttemptPolicy;
import org.recall.activity.ModeSettings;
import org.recall.activity.ShowAnswers;
import org.recall.activity.StudyMode;
import org.recall.deck.Deck;
import org.recall.deck.EveryTypeDeck;
import org.recall.grade.GradeOutbox;
import org.recall.json.Json;
import org.recall.study.Learner;
import org.recall.study.MutableClock;
import org.recall.study.TestDatabase;

/**
 * The Practice test against H2: the paper mixes every question type with typed card answers, answers
 * are graded by each type's grader and the typed-answer rule, the time limit closes answers, and the score
 * reaches the outbox only when the test is the activity's graded mode.
 */
class PracticeTestsTest {

    private static final Deck DECK = EveryTypeDeck.DECK;
    private static final Optional<AgsGrant> GRANT = Optional.of(new AgsGrant("https://lms.test/lineitem/9", null,
            Set.of(AgsGrant.SCORE_SCOPE)));
    /** Every item of the every-type deck answered right (the card's back typed with a typo). */
    private static final Map<String, JsonValue> RIGHT = Map.of(
            "q:q1", Json.createValue("a"), "q:q2", Json.createArrayBuilder().add("a").add("c").build(),
            "q:q3", JsonValue.TRUE, "q:q4", Json.createValue("tokyo"), "q:q5", Json.createValue(9.8),
            "q:q6", Json.createObjectBuilder().add("p1", "Madrid").add("p2", "Rome").add("p3", "Athens").build());

    private final TestDatabase db = TestDatabase.fresh();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private final PracticeTests tests = new PracticeTests(db.dataSource(), clock);
    private final TestSubmission submission = new TestSubmission(db.dataSource(), new GradeOutbox(), tests, clock);

    private Activity activity(StudyMode graded, Integer points, Integer attempts) {
        long id = db.activity("rl-" + graded + points + attempts, points, attempts);
        return new Activity(id, db.platformOf(id), "rl", "Test", "every-type", null, Set.of(StudyMode.QUIZ, StudyMode.TEST),
                points, attempts, AttemptPolicy.HIGHEST, 60, false, ShowAnswers.AFTER_EACH_ATTEMPT, false, true,
                new ModeSettings(0.9, graded)).forMode(StudyMode.TEST);
    }

    @Test
    void aPaperHasEveryQuestionTypeAndACardThenAnyItems() {
        for (int seed = 0; seed < 20; seed++) {
            List<String> paper = TestPaper.draw(DECK, 7, new Random(seed));
            assertEquals(Set.of("q:q1", "q:q2", "q:q3", "q:q4", "q:q5", "q:q6", "c:c1"), new HashSet<>(paper));
        }
        List<String> short3 = TestPaper.draw(DECK, 3, new Random(1));
        assertEquals(3, new HashSet<>(short3).size());
        assertEquals(7, TestPaper.maxLength(DECK));
        assertThrows(IllegalArgumentException.class, () -> TestPaper.draw(DECK, 8, new Random(1)));
    }

    @Test
    void theGradedTestIsGradedOnTheServerAndItsScoreGoesToTheOutbox() {
        Activity graded = activity(StudyMode.TEST, 70, 2);
        Learner ana = new Learner(graded.id(), "ana");
        TestAttempt attempt = tests.start(graded, ana, DECK, 7, null);
        assertEquals(attempt.id(), tests.start(graded, ana, DECK, 3, null).id(), "the open test comes back");
        tests.saveAnswer(attempt, "q:q1", PracticeTests.check(DECK, attempt, "q:q1", Json.createValue("a"), "answer"));
        var answers = new java.util.HashMap<>(RIGHT);
        answers.remove("q:q1");
        answers.put("c:c1", Json.createValue(typo(DECK.cards().get(0).answer())));
        answers.replaceAll((item, answer) -> PracticeTests.check(DECK, attempt, item, answer, "answers." + item));
        var result = submission.submit(graded, tests.find(attempt.id()).orElseThrow(), DECK, answers, GRANT);
        assertEquals(100, result.grading().percent(), result.grading().toString());
        assertEquals(70.0, result.attempt().score());
        assertTrue(result.passed() && result.showAnswers());
        assertEquals(List.of(70.0), db.sql().list("SELECT score_given FROM grade_outbox", rs -> rs.getDouble(1)));

        // Second attempt: nothing answered, 0; the policy (highest) still sends 70. No third attempt.
        TestAttempt second = tests.start(graded, ana, DECK, 2, null);
        assertEquals(0.0, submission.submit(graded, second, DECK, Map.of(), GRANT).attempt().score());
        assertEquals(List.of(70.0, 70.0), db.sql().list("SELECT score_given FROM grade_outbox ORDER BY id", rs -> rs.getDouble(1)));
        var refused = assertThrows(QuizRefusal.class, () -> tests.start(graded, ana, DECK, 2, null));
        assertEquals(QuizRefusal.Reason.NO_TESTS_LEFT, refused.reason());
        assertThrows(QuizRefusal.class, () -> submission.submit(graded, second, DECK, Map.of(), GRANT), "submitted once");
    }

    @Test
    void aPracticeTestNeverReachesTheGradebookAndAllowsAnyNumberOfAttempts() {
        Activity practice = activity(StudyMode.QUIZ, 70, 1);
        assertFalse(practice.isGraded());
        Learner ben = new Learner(practice.id(), "ben");
        for (int i = 0; i < 3; i++) {
            TestAttempt attempt = tests.start(practice, ben, DECK, 7, null);
            var result = submission.submit(practice, attempt, DECK, Map.of("c:c1", Json.createValue("something else")), GRANT);
            assertEquals(7.0, result.attempt().maxScore(), "one point per item");
            assertEquals(0.0, result.attempt().score());
        }
        assertTrue(db.sql().list("SELECT id FROM grade_outbox", rs -> rs.getLong(1)).isEmpty());
    }

    @Test
    void theTimeLimitClosesAnswers() {
        Activity practice = activity(StudyMode.QUIZ, null, null);
        Learner cy = new Learner(practice.id(), "cy");
        TestAttempt attempt = tests.start(practice, cy, DECK, 7, 5);
        assertEquals(clock.instant().plus(Duration.ofMinutes(5)), attempt.deadline());
        clock.now = clock.now.plus(Duration.ofMinutes(5)).plus(TestAttempt.GRACE).plusSeconds(1);
        var late = assertThrows(QuizRefusal.class, () -> tests.saveAnswer(attempt, "q:q1", Json.createValue("a")));
        assertEquals(QuizRefusal.Reason.TIME_UP, late.reason());
        var result = submission.submit(practice, attempt, DECK, Map.of("q:q1", Json.createValue("a")), GRANT);
        assertEquals(0.0, result.attempt().score(), "answers sent after the time are not counted");
    }

    @Test
    void answersOfTheWrongFormOrItemAreRefused() {
        Activity practice = activity(StudyMode.QUIZ, null, null);
        TestAttempt attempt = tests.start(practice, new Learner(practice.id(), "dee"), DECK, 7, null);
        assertEquals(QuizRefusal.Reason.UNKNOWN_ITEM, assertThrows(QuizRefusal.class, () ->
                PracticeTests.check(DECK, attempt, "q:q9", Json.createValue("a"), "answer")).reason());
        assertEquals(QuizRefusal.Reason.BAD_TEXT, assertThrows(QuizRefusal.class, () ->
                PracticeTests.check(DECK, attempt, "c:c1", JsonValue.TRUE, "answer")).reason());
        assertEquals(QuizRefusal.Reason.BAD_TEXT, assertThrows(QuizRefusal.class, () ->
                PracticeTests.check(DECK, attempt, "c:c1", Json.createValue("x".repeat(501)), "answer")).reason());
        assertThrows(QuizRefusal.class, () -> PracticeTests.check(DECK, attempt, "q:q3", Json.createValue("yes"), "answer"));
        assertEquals(QuizRefusal.Reason.NOT_YOUR_TEST, assertThrows(QuizRefusal.class, () ->
                tests.require(attempt.id(), new Learner(practice.id(), "eve"))).reason());
    }

    /** The text with its second letter left out: one edit, forgiven in an answer of four letters or more. */
    private static String typo(String text) {
        return text.charAt(0) + text.substring(2);
    }
}
