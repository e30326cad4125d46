package org.recall.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.recall.activity.Activity;
import org.recall.deck.Deck;
import org.recall.grade.GradeOutbox;
import org.recall.grade.PendingScore;
import org.recall.store.Sql;

/**
 * Submits an attempt: grades it on the server, stores answers and score, and for a graded activity whose
 * launch granted the AGS score scope writes the score to the grade outbox, all in one transaction
 * (ARCHITECTURE.md, "A quiz submission is graded, stored, and written to the grade outbox in one transaction").
 */
@ApplicationScoped
public class QuizSubmission {


    private Sql sql;
    private Clock clock = Clock.systemUTC();

    @Inject
    GradeOutbox outbox;

    @Inject
    QuizAttempts attempts;

    @Inject
    QuizResults results;

    public QuizSubmission() {
    }

    public QuizSubmission(DataSource dataSource, GradeOutbox outbox, QuizAttempts attempts, QuizResults results, Clock clock) {
        init(dataSource);
        this.outbox = outbox;
        this.attempts = attempts;
        this.results = results;
        this.clock = clock;
    }

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /**
     * @param attempt the learner's attempt (ownership checked by {@link QuizAttempts#require})
     * @param answers answers sent with the submit (JSON of each question's type; JSON null clears a saved one),
     *                added to (and replacing) the ones saved before
     * @param grant   the launch's AGS grant; no outbox row without one
     */
    public QuizResult submit(Activity activity, Attempt attempt, Map<String, JsonValue> answers,
            Optional<AgsGrant> grant) {
        if (!attempt.isOpen()) {
            throw new QuizRefusal(QuizRefusal.Reason.ALREADY_SUBMITTED);
        }
        Deck deck = results.deckOf(attempt);
        var checked = new HashMap<String, JsonValue>();
        answers.forEach((question, answer) -> checked.put(question, answer == JsonValue.NULL ? JsonValue.NULL
                : AnswerCheck.check(deck, attempt, question, answer, "answers." + question, "answers." + question)
                        .json()));
        int used = sql.inTransaction(c -> {
            Attempt current = QuizAttempts.one(c, "SELECT * FROM quiz_attempt WHERE id = ?", attempt.id()).orElseThrow();
            withinLimit(c, activity, current);
            var finalAnswers = new HashMap<>(current.answers());
            checked.forEach((question, answer) -> {
                if (answer == JsonValue.NULL) {
                    finalAnswers.remove(question);
                } else {
                    finalAnswers.put(question, answer);
                }
            });
            double maxScore = Grader.maxScore(activity.points(), current.questionIds().size());
            GradedAttempt graded = Grader.grade(deck, current.questionIds(), finalAnswers, maxScore);
            Instant now = clock.instant();
            // Only an open attempt is closed: of two concurrent submits one updates a row, the other none.
            int closed = Sql.update(c, "UPDATE quiz_attempt SET open_slot = NULL, submitted_at = ?, score = ?,"
                            + " max_score = ?, time_spent_seconds = ? WHERE id = ? AND submitted_at IS NULL",
                    now, graded.score(), maxScore, Duration.between(current.startedAt(), now).toSeconds(), attempt.id());
            if (closed == 0) {
                throw new QuizRefusal(QuizRefusal.Reason.ALREADY_SUBMITTED);
            }
            storeAnswers(c, attempt.id(), graded, now);
            List<Attempt> submitted = QuizAttempts.submitted(c, attempt.learner());
            if (activity.isGraded() && grant.isPresent()) {
                enqueueScore(c, activity, attempt, submitted, grant.get(), now);
            }
            return submitted.size();
        });
        Attempt stored = attempts.find(attempt.id()).orElseThrow();
        return results.result(activity, stored, used, grant);
    }

    /**
     * The limit checked again at submit: an attempt past the activity's attempts (one stored before the database
     * enforced it, or after the instructor lowered the limit) is not graded.
     */
    private static void withinLimit(Connection c, Activity activity, Attempt current) throws SQLException {
        Integer limit = activity.attemptsAllowed();
        if (limit == null) {
            return;
        }
        int submittedBefore = Sql.list(c, "SELECT COUNT(*) FROM quiz_attempt WHERE activity_id = ? AND user_sub = ?"
                        + " AND submitted_at IS NOT NULL AND id <> ?", rs -> rs.getInt(1),
                current.learner().activityId(), current.learner().userSub(), current.id()).get(0);
        if (current.number() > limit || submittedBefore >= limit) {
            throw new QuizRefusal(QuizRefusal.Reason.NO_ATTEMPTS_LEFT);
        }
    }

    /**
     * When the instructor asked for progress in the gradebook ({@code sendProgress}), a learner's first
     * attempt start sends {@code Started} / {@code NotReady} without a score (AGS 2.0 §3.4.6-7). Only
     * while the learner has no score row at all: Moodle clears a stored grade on a progress-only score.
     */
    public void startedProgress(Activity activity, Attempt attempt, Optional<AgsGrant> grant) {
        if (!activity.sendProgress() || !activity.isGraded() || grant.isEmpty()) {
            return;
        }
        sql.inTransaction(c -> {
            boolean any = !Sql.list(c, "SELECT id FROM grade_outbox WHERE activity_id = ? AND user_sub = ?",
                    rs -> rs.getLong(1), activity.id(), attempt.learner().userSub()).isEmpty();
            if (!any) {
                outbox.enqueue(c, new PendingScore(activity.platformId(), activity.id(), attempt.learner().userSub(),
                        grant.get().lineItemUrl(), grant.get().lineItemsUrl(), grant.get().scopes(), null, null,
                        "Started", "NotReady", null, clock.instant()));
            }
            return null;
        });
    }

    private static void storeAnswers(Connection c, long attemptId, GradedAttempt graded, Instant now) throws SQLException {
        Sql.update(c, "DELETE FROM quiz_answer WHERE attempt_id = ?", attemptId);
        for (QuestionOutcome outcome : graded.outcomes()) {
            if (outcome.answer() != null) {
                Sql.update(c, "INSERT INTO quiz_answer (attempt_id, question_id, option_id, response, credit, correct,"
                        + " answered_at) VALUES (?, ?, ?, ?, ?, ?, ?)", attemptId, outcome.question().id(),
                        QuizAttempts.optionIdOf(outcome.answer()), outcome.answer().json().toString(), outcome.credit(),
                        outcome.correct(), now);
            }
        }
    }

    private void enqueueScore(Connection c, Activity activity, Attempt attempt, List<Attempt> submitted, AgsGrant grant,
            Instant now) throws SQLException {
        GradebookScore.enqueue(c, outbox, activity, attempt.learner().userSub(), submitted.stream().map(Attempt::score)
                .toList(), "Attempt " + attempt.number() + " of " + (activity.attemptsAllowed() == null ? "unlimited"
                        : activity.attemptsAllowed()), grant, now);
    }
}
