package org.recall.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.recall.activity.Activity;
import org.recall.activity.AttemptPolicy;
import org.recall.activity.ShowAnswers;
import org.recall.activity.StudyMode;
import org.recall.deck.Decks;
import org.recall.grade.GradeOutbox;
import org.recall.study.Learner;
import org.recall.study.TestDatabase;

/** Attempts and submissions against H2: grading, the attacker's cases, and the outbox row in the same transaction. */
class QuizSubmissionTest {

    private static final Map<String, JsonValue> THREE_RIGHT = choices("q1", "a", "q2", "c", "q3", "b", "q4", "b", "q5", "a");
    private static final Map<String, JsonValue> ALL_RIGHT = choices("q1", "a", "q2", "c", "q3", "b", "q4", "a", "q5", "d");
    private static final Optional<AgsGrant> GRANT = Optional.of(new AgsGrant("https://lms.test/lineitem/9", null,
            Set.of(AgsGrant.SCORE_SCOPE)));

    private final TestDatabase db = TestDatabase.fresh();
    private final Decks decks = new Decks();
    private final QuizAttempts attempts = new QuizAttempts(db.dataSource());
    private final QuizResults results = new QuizResults(db.dataSource(), decks);
    private final Instant fixedNow = Instant.parse("2026-03-02T10:00:00.123456Z");
    private final QuizSubmission submission = new QuizSubmission(db.dataSource(), new GradeOutbox(), attempts, results,
            Clock.fixed(fixedNow, ZoneOffset.UTC));

    /** Single-choice answers: question id, option id, question id, option id… */
    static Map<String, JsonValue> choices(String... idAndOption) {
        var map = new java.util.LinkedHashMap<String, JsonValue>();
        for (int i = 0; i < idAndOption.length; i += 2) {
            map.put(idAndOption[i], Json.createValue(idAndOption[i + 1]));
        }
        return map;
    }

    private Activity activity(Integer points, Integer attemptsAllowed, ShowAnswers show) {
        long id = db.activity("rl-" + points + "-" + attemptsAllowed + "-" + show, points, attemptsAllowed);
        return new Activity(id, db.platformOf(id), "rl", "Quiz", "mlops-vs-devops", null, Set.of(StudyMode.QUIZ), points,
                attemptsAllowed, AttemptPolicy.HIGHEST, 60, false, show, false, true);
    }

    @Test
    void aGradedSubmitStoresTheScoreAndEnqueuesThePolicyScore() {
        Activity quiz = activity(10, 2, ShowAnswers.AFTER_EACH_ATTEMPT);
        Learner ana = new Learner(quiz.id(), "ana");
        Attempt first = attempts.start(quiz, ana, decks.find("mlops-vs-devops").orElseThrow());
        QuizResult result = submission.submit(quiz, first, THREE_RIGHT, GRANT);
        assertEquals(6.0, result.attempt().score());
        assertEquals(10.0, result.attempt().maxScore());
        assertTrue(result.passed());
        assertTrue(result.showAnswers());
        assertEquals(GradebookStatus.PENDING, result.gradebook());

        Attempt second = attempts.start(quiz, ana, decks.find("mlops-vs-devops").orElseThrow());
        assertEquals(2, second.number());
        submission.submit(quiz, second, choices("q1", "a"), GRANT);
        // HIGHEST keeps 6 although the second attempt scored 2; each row in a later second than the one
        // before (Moodle compares timestamps at one-second resolution).
        List<Double> given = db.sql().list("SELECT score_given FROM grade_outbox ORDER BY id", rs -> rs.getDouble(1));
        assertEquals(List.of(6.0, 6.0), given);
        List<Instant> stamps = db.sql().list("SELECT score_timestamp FROM grade_outbox ORDER BY id",
                rs -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant());
        assertEquals(Instant.parse("2026-03-02T10:00:00.123Z"), stamps.get(0));
        assertEquals(Instant.parse("2026-03-02T10:00:01Z"), stamps.get(1));

        QuizRefusal none = assertThrows(QuizRefusal.class, () -> attempts.start(quiz, ana, decks.find("mlops-vs-devops").orElseThrow()));
        assertEquals(QuizRefusal.Reason.NO_ATTEMPTS_LEFT, none.reason());
    }

    @Test
    void aSecondSubmitIsRefusedAndTheFirstResultStands() {
        Activity quiz = activity(10, null, ShowAnswers.AFTER_EACH_ATTEMPT);
        Learner ana = new Learner(quiz.id(), "ana");
        Attempt attempt = attempts.start(quiz, ana, decks.find("mlops-vs-devops").orElseThrow());
        submission.submit(quiz, attempt, THREE_RIGHT, GRANT);
        // The stale (still open) copy of the attempt is what a racing second request would hold.
        QuizRefusal again = assertThrows(QuizRefusal.class, () -> submission.submit(quiz, attempt, ALL_RIGHT, GRANT));
        assertEquals(QuizRefusal.Reason.ALREADY_SUBMITTED, again.reason());
        assertEquals(6.0, attempts.find(attempt.id()).orElseThrow().score());
        assertEquals(1, db.sql().list("SELECT id FROM grade_outbox", rs -> rs.getLong(1)).size());
        QuizRefusal closed = assertThrows(QuizRefusal.class, () -> attempts.saveAnswer(attempt, "q4", new Answer.Choice("a")));
        assertEquals(QuizRefusal.Reason.CLOSED, closed.reason());
    }

    @Test
    void anotherStudentsAttemptAndUnknownOptionsAreRefused() {
        Activity quiz = activity(10, null, ShowAnswers.AFTER_EACH_ATTEMPT);
        Attempt anas = attempts.start(quiz, new Learner(quiz.id(), "ana"), decks.find("mlops-vs-devops").orElseThrow());
        assertEquals(QuizRefusal.Reason.NOT_YOURS, assertThrows(QuizRefusal.class,
                () -> attempts.require(anas.id(), new Learner(quiz.id(), "ben"))).reason());
        assertEquals(QuizRefusal.Reason.NO_SUCH_ATTEMPT, assertThrows(QuizRefusal.class,
                () -> attempts.require(anas.id() + 1000, new Learner(quiz.id(), "ana"))).reason());
        QuizRefusal option = assertThrows(QuizRefusal.class, () -> submission.submit(quiz, anas, choices("q1", "z"), GRANT));
        assertEquals(QuizRefusal.Reason.UNKNOWN_OPTION, option.reason());
        assertEquals("answers.q1", option.field());
        assertEquals(QuizRefusal.Reason.UNKNOWN_QUESTION, assertThrows(QuizRefusal.class,
                () -> submission.submit(quiz, anas, choices("q9", "a"), GRANT)).reason());
        assertTrue(attempts.find(anas.id()).orElseThrow().isOpen());
    }

    @Test
    void savedAnswersAreGradedWithThoseSentAtSubmit() {
        Activity practice = activity(null, null, ShowAnswers.NEVER);
        Learner ana = new Learner(practice.id(), "ana");
        Attempt attempt = attempts.start(practice, ana, decks.find("mlops-vs-devops").orElseThrow());
        attempts.saveAnswer(attempt, "q1", new Answer.Choice("a"));
        attempts.saveAnswer(attempt, "q1", new Answer.Choice("b"));
        attempts.saveAnswer(attempt, "q2", new Answer.Choice("c"));
        QuizResult result = submission.submit(practice, attempts.find(attempt.id()).orElseThrow(), choices("q1", "a"), GRANT);
        assertEquals(2.0, result.attempt().score());
        assertEquals(5.0, result.attempt().maxScore(), "ungraded: one point per question");
        assertFalse(result.showAnswers());
        assertEquals(GradebookStatus.NOT_GRADED, result.gradebook());
        assertTrue(db.sql().list("SELECT id FROM grade_outbox", rs -> rs.getLong(1)).isEmpty());
    }

    @Test
    void withoutTheScoreScopeNothingIsEnqueued() {
        Activity quiz = activity(10, null, ShowAnswers.AFTER_LAST_ATTEMPT);
        Attempt attempt = attempts.start(quiz, new Learner(quiz.id(), "ana"), decks.find("mlops-vs-devops").orElseThrow());
        QuizResult result = submission.submit(quiz, attempt, ALL_RIGHT, Optional.empty());
        assertEquals(10.0, result.attempt().score());
        assertFalse(result.showAnswers(), "unlimited attempts: no last attempt yet");
        assertEquals(GradebookStatus.NO_GRADEBOOK, result.gradebook());
    }

    @Test
    void concurrentStartsMakeOneOpenAttempt() throws Exception {
        Activity quiz = activity(10, 3, ShowAnswers.AFTER_EACH_ATTEMPT);
        Learner ana = new Learner(quiz.id(), "ana");
        var pool = Executors.newFixedThreadPool(4);
        try {
            var starts = new ArrayList<Callable<Long>>();
            for (int i = 0; i < 8; i++) {
                starts.add(() -> attempts.start(quiz, ana, decks.find("mlops-vs-devops").orElseThrow()).id());
            }
            var ids = new java.util.HashSet<Long>();
            for (var future : pool.invokeAll(starts)) {
                ids.add(future.get());
            }
            assertEquals(1, ids.size());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theDatabaseStoresNoAttemptPastTheLimit() {
        Activity quiz = activity(10, 1, ShowAnswers.AFTER_EACH_ATTEMPT);
        Learner ana = new Learner(quiz.id(), "ana");
        submission.submit(quiz, attempts.start(quiz, ana, decks.find("mlops-vs-devops").orElseThrow()), ALL_RIGHT, GRANT);
        // What a start whose check raced a submit would insert: attempt 2 of 1.
        var refused = assertThrows(org.recall.store.StoreException.class, () -> db.sql().update("INSERT INTO quiz_attempt"
                + " (activity_id, user_sub, deck_id, attempt_number, attempt_limit, question_order, open_slot, started_at)"
                + " VALUES (?, 'ana', 'mlops-vs-devops', 2, 1, 'q1', 1, ?)", quiz.id(), fixedNow));
        assertEquals("23513", ((java.sql.SQLException) refused.getCause()).getSQLState(), "check constraint");
        assertEquals(QuizRefusal.Reason.NO_ATTEMPTS_LEFT, assertThrows(QuizRefusal.class,
                () -> attempts.start(quiz, ana, decks.find("mlops-vs-devops").orElseThrow())).reason());
    }

    @Test
    void anAttemptPastTheLimitIsNotGradedAtSubmit() {
        Activity unlimited = activity(10, null, ShowAnswers.AFTER_EACH_ATTEMPT);
        Learner ana = new Learner(unlimited.id(), "ana");
        submission.submit(unlimited, attempts.start(unlimited, ana, decks.find("mlops-vs-devops").orElseThrow()), THREE_RIGHT, GRANT);
        Attempt second = attempts.start(unlimited, ana, decks.find("mlops-vs-devops").orElseThrow());
        Activity nowOne = new Activity(unlimited.id(), unlimited.platformId(), "rl", "Quiz", "mlops-vs-devops", null,
                Set.of(StudyMode.QUIZ), 10, 1, AttemptPolicy.HIGHEST, 60, false, ShowAnswers.AFTER_EACH_ATTEMPT, false, true);
        var refused = assertThrows(QuizRefusal.class, () -> submission.submit(nowOne, second, ALL_RIGHT, GRANT));
        assertEquals(QuizRefusal.Reason.NO_ATTEMPTS_LEFT, refused.reason());
        assertEquals(List.of(6.0), db.sql().list("SELECT score_given FROM grade_outbox ORDER BY id", rs -> rs.getDouble(1)),
                "no score for the attempt past the limit");
    }
}
