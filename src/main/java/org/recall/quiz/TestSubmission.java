package org.recall.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.recall.activity.Activity;
import org.recall.deck.Deck;
import org.recall.grade.GradeOutbox;
import org.recall.store.Sql;

/**
 * Submits a Practice test: graded on the server ({@link TestGrader}), stored with each item's credit and,
 * when the test is the activity's graded mode and the launch granted the AGS score scope, the attempt
 * policy's score written to the grade outbox in the same transaction ({@link GradebookScore}), as the
 * quiz does. Otherwise the test is practice and nothing leaves Recall.
 */
@ApplicationScoped
public class TestSubmission {

    /** A result: the graded attempt, whether it passed, whether the key may be shown. */
    public record TestResult(TestAttempt attempt, TestGrader.GradedTest grading, boolean passed, boolean showAnswers) {
    }

    private Sql sql;
    private Clock clock = Clock.systemUTC();

    @Inject
    GradeOutbox outbox;

    @Inject
    PracticeTests tests;

    public TestSubmission() {
    }

    public TestSubmission(DataSource dataSource, GradeOutbox outbox, PracticeTests tests, Clock clock) {
        init(dataSource);
        this.outbox = outbox;
        this.tests = tests;
        this.clock = clock;
    }

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /**
     * Grades and closes the attempt; answers sent with the submit count only while the time is not up. For
     * the graded mode with an AGS grant, the policy's score goes to the grade outbox in the same transaction.
     *
     * @param answers checked answers ({@link #check}) by item id, added to the saved ones
     */
    public TestResult submit(Activity activity, TestAttempt attempt, Deck deck, Map<String, JsonValue> answers,
            Optional<AgsGrant> grant) {
        Instant now = clock.instant();
        int used = sql.inTransaction(c -> {
            TestAttempt current = PracticeTests.one(c, PracticeTests.SELECT + " WHERE id = ?", attempt.id()).orElseThrow();
            if (!current.isOpen()) {
                throw new QuizRefusal(QuizRefusal.Reason.TEST_SUBMITTED);
            }
            var finalAnswers = new LinkedHashMap<>(current.answers());
            if (current.takesAnswersAt(now)) {
                answers.forEach((item, answer) -> {
                    if (answer == JsonValue.NULL) {
                        finalAnswers.remove(item);
                    } else {
                        finalAnswers.put(item, answer);
                    }
                });
            }
            double maxScore = Grader.maxScore(activity.points(), current.itemIds().size());
            TestGrader.GradedTest graded = TestGrader.grade(deck, current.itemIds(), finalAnswers, maxScore);
            if (Sql.update(c, "UPDATE test_attempt SET open_slot = NULL, submitted_at = ?, score = ?, max_score = ?,"
                    + " time_spent_seconds = ? WHERE id = ? AND submitted_at IS NULL", now, graded.score(), maxScore,
                    Duration.between(current.startedAt(), now).toSeconds(), attempt.id()) == 0) {
                throw new QuizRefusal(QuizRefusal.Reason.TEST_SUBMITTED);
            }
            Sql.update(c, "DELETE FROM test_answer WHERE attempt_id = ?", attempt.id());
            for (TestGrader.ItemOutcome outcome : graded.outcomes()) {
                if (outcome.answer() != null) {
                    Sql.update(c, "INSERT INTO test_answer (attempt_id, item_id, response, credit, answered_at)"
                            + " VALUES (?, ?, ?, ?, ?)", attempt.id(), outcome.item().id(), outcome.answer().toString(),
                            outcome.credit(), now);
                }
            }
            List<TestAttempt> submitted = PracticeTests.submitted(c, attempt.learner());
            if (activity.isGraded() && grant.isPresent()) {
                GradebookScore.enqueue(c, outbox, activity, attempt.learner().userSub(),
                        submitted.stream().map(TestAttempt::score).toList(), "Practice test " + current.number() + " of "
                                + (activity.attemptsAllowed() == null ? "unlimited" : activity.attemptsAllowed()),
                        grant.get(), now);
            }
            return submitted.size();
        });
        return result(activity, tests.find(attempt.id()).orElseThrow(), deck, used);
    }

    /** The result of a submitted attempt, answers shown as the activity's rule allows with this many attempts used. */
    public TestResult result(Activity activity, TestAttempt attempt, Deck deck, int attemptsUsed) {
        TestGrader.GradedTest grading = TestGrader.grade(deck, attempt.itemIds(), attempt.answers(), attempt.maxScore());
        return new TestResult(attempt, grading, grading.passes(activity.passPercent()),
                AnswerVisibility.showsAnswers(activity.showAnswers(), activity.attemptsAllowed(), attemptsUsed));
    }
}
