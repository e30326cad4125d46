package org.recall.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.recall.activity.Activity;
import org.recall.deck.Deck;
import org.recall.deck.Question;
import org.recall.json.Json;
import org.recall.store.Sql;
import org.recall.store.StoreException;
import org.recall.study.Learner;

/**
 * Quiz attempts in the database. The unique constraints of {@code quiz_attempt} (one open attempt,
 * one attempt per number) make two concurrent starts end with one attempt; the loser reads the winner's.
 */
@ApplicationScoped
public class QuizAttempts {

    private static final String TABLE = "quiz_attempt";
    private static final String SELECT = "SELECT * FROM " + TABLE;

    private Sql sql;

    public QuizAttempts() {
    }

    public QuizAttempts(DataSource dataSource) {
        init(dataSource);
    }

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    public Optional<Attempt> find(long id) {
        return sql.inConnection(c -> one(c, SELECT + " WHERE id = ?", id));
    }

    /** The learner's attempt, refused when it is someone else's (403) or does not exist (404). */
    public Attempt require(long id, Learner learner) {
        Attempt attempt = find(id).orElseThrow(() -> new QuizRefusal(QuizRefusal.Reason.NO_SUCH_ATTEMPT));
        if (!attempt.belongsTo(learner)) {
            throw new QuizRefusal(QuizRefusal.Reason.NOT_YOURS);
        }
        return attempt;
    }

    public Optional<Attempt> open(Learner learner) {
        return sql.inConnection(c -> one(c, SELECT + " WHERE activity_id = ? AND user_sub = ? AND open_slot = 1",
                learner.activityId(), learner.userSub()));
    }

    /**
     * The learner's submitted attempts, oldest first, without their answers: one query however many there
     * are (lists, counts and the grade policy need the scores; {@link #find} reads one attempt whole).
     */
    public List<Attempt> submitted(Learner learner) {
        return sql.inConnection(c -> submitted(c, learner));
    }

    static List<Attempt> submitted(Connection c, Learner learner) throws SQLException {
        return Sql.list(c, SELECT + " WHERE activity_id = ? AND user_sub = ? AND submitted_at IS NOT NULL"
                + " ORDER BY attempt_number", QuizAttempts::row, learner.activityId(), learner.userSub());
    }

    /** How many attempts the learner has submitted. */
    public int submittedCount(Learner learner) {
        return sql.inConnection(c -> Sql.list(c, "SELECT COUNT(*) FROM " + TABLE + " WHERE activity_id = ? AND user_sub = ?"
                + " AND submitted_at IS NOT NULL", rs -> rs.getInt(1), learner.activityId(), learner.userSub()).get(0));
    }

    /**
     * The open attempt, or a new one when attempts are left (questions shuffled when the activity asks). The
     * check below is for a clear answer; the limit itself is the database's: the new row carries it and
     * {@code quiz_attempt_within_limit} refuses a number past it (V17_4), whatever starts and submits race.
     */
    public Attempt start(Activity activity, Learner learner, Deck deck) {
        StoreException lastRace = null;
        for (int round = 0; round < 5; round++) {
            Optional<Attempt> open = open(learner);
            if (open.isPresent()) {
                return open.get();
            }
            if (!activity.allowsAttempt(submittedCount(learner))) {
                throw new QuizRefusal(QuizRefusal.Reason.NO_ATTEMPTS_LEFT);
            }
            List<String> questions = new ArrayList<>(deck.questions().stream().map(Question::id).toList());
            if (activity.shuffleQuestions()) {
                Collections.shuffle(questions);
            }
            try {
                long id = sql.inTransaction(c -> Sql.insert(c, "INSERT INTO quiz_attempt (activity_id, user_sub, deck_id,"
                                + " deck_version, attempt_number, attempt_limit, question_order, open_slot, started_at)"
                                + " VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(attempt_number), 0) + 1 FROM quiz_attempt"
                                + " WHERE activity_id = ? AND user_sub = ?), ?, ?, 1, ?)", "id",
                        learner.activityId(), learner.userSub(), deck.id().value(), activity.deckVersion(),
                        learner.activityId(), learner.userSub(), activity.attemptsAllowed(),
                        String.join(",", questions), Instant.now()));
                return find(id).orElseThrow();
            } catch (StoreException raced) {
                // A concurrent start of the same learner won a unique constraint, or the attempts it made meanwhile
                // reach the limit (check constraint): read its open attempt, or refuse, in the next round.
                lastRace = raced;
            }
        }
        throw lastRace;
    }

    /** Saves (or, when {@code answer} is null, clears) one answer of an open attempt, checked by the caller. */
    public Attempt saveAnswer(Attempt attempt, String questionId, Answer answer) {
        sql.inTransaction(c -> {
            // Locks the attempt row while it is open, so that a submit running now waits for this answer or wins.
            if (Sql.update(c, "UPDATE quiz_attempt SET started_at = started_at WHERE id = ? AND submitted_at IS NULL",
                    attempt.id()) == 0) {
                throw new QuizRefusal(QuizRefusal.Reason.CLOSED);
            }
            Sql.update(c, "DELETE FROM quiz_answer WHERE attempt_id = ? AND question_id = ?", attempt.id(), questionId);
            if (answer != null) {
                Sql.update(c, "INSERT INTO quiz_answer (attempt_id, question_id, option_id, response, answered_at)"
                        + " VALUES (?, ?, ?, ?, ?)", attempt.id(), questionId, optionIdOf(answer),
                        answer.json().toString(), Instant.now());
            }
            return null;
        });
        return find(attempt.id()).orElseThrow();
    }

    /** The single-choice option, also kept in its own column (what reports read before V14_1). */
    static String optionIdOf(Answer answer) {
        return answer instanceof Answer.Choice choice ? choice.optionId() : null;
    }

    static Optional<Attempt> one(Connection c, String query, Object... params) throws SQLException {
        List<Attempt> rows = Sql.list(c, query, QuizAttempts::row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(withAnswers(c, rows.get(0)));
    }

    private static Attempt withAnswers(Connection c, Attempt a) throws SQLException {
        var answers = new LinkedHashMap<String, JsonValue>();
        Sql.list(c, "SELECT question_id, response FROM quiz_answer WHERE attempt_id = ? ORDER BY answered_at, question_id",
                rs -> answers.put(rs.getString(1), Json.createReader(new StringReader(rs.getString(2))).readValue()),
                a.id());
        return new Attempt(a.id(), a.learner(), a.deckId(), a.deckVersion(), a.number(), a.questionIds(), answers, a.startedAt(),
                a.submittedAt(), a.score(), a.maxScore(), a.timeSpentSeconds());
    }

    private static Attempt row(ResultSet rs) throws SQLException {
        String order = rs.getString("question_order");
        return new Attempt(rs.getLong("id"), new Learner(rs.getLong("activity_id"), rs.getString("user_sub")),
                rs.getString("deck_id"), Sql.integerOrNull(rs, "deck_version"), rs.getInt("attempt_number"),
                order.isEmpty() ? List.of() : Arrays.asList(order.split(",")), java.util.Map.of(),
                Sql.instant(rs, "started_at"), Sql.instant(rs, "submitted_at"),
                Sql.doubleOrNull(rs, "score"), Sql.doubleOrNull(rs, "max_score"),
                Sql.longOrNull(rs, "time_spent_seconds"));
    }
}
