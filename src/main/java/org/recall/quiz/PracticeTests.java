package org.recall.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.recall.activity.Activity;
import org.recall.deck.Deck;
import org.recall.json.Json;
import org.recall.store.Sql;
import org.recall.store.StoreException;
import org.recall.study.Learner;

/**
 * Practice test attempts in the database: started with a chosen length and optional time limit (the
 * attempts allowed are the activity's when the test is its graded mode), answered item by item so a test
 * resumes, and refused new answers once the time is up; {@link TestSubmission} grades and closes them.
 * The {@link Activity} given is the one the test sees ({@code Activity.forMode(TEST)}): ungraded and
 * unlimited when it is not the graded mode.
 */
@ApplicationScoped
public class PracticeTests {

    private static final String TABLE = "test_attempt";
    static final String SELECT = "SELECT * FROM " + TABLE;
    public static final int MAX_MINUTES = 180;

    private Sql sql;
    private Clock clock = Clock.systemUTC();

    public PracticeTests() {
    }

    public PracticeTests(DataSource dataSource, Clock clock) {
        init(dataSource);
        this.clock = clock;
    }

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    public Optional<TestAttempt> find(long id) {
        return sql.inConnection(c -> one(c, SELECT + " WHERE id = ?", id));
    }

    public TestAttempt require(long id, Learner learner) {
        TestAttempt attempt = find(id).orElseThrow(() -> new QuizRefusal(QuizRefusal.Reason.NO_SUCH_TEST));
        if (!attempt.learner().equals(learner)) {
            throw new QuizRefusal(QuizRefusal.Reason.NOT_YOUR_TEST);
        }
        return attempt;
    }

    public Optional<TestAttempt> open(Learner learner) {
        return sql.inConnection(c -> one(c, SELECT + " WHERE activity_id = ? AND user_sub = ? AND open_slot = 1",
                learner.activityId(), learner.userSub()));
    }

    /**
     * The learner's submitted attempts, oldest first, without their answers: one query however many there
     * are (lists, counts and the grade policy need the scores; {@link #find} reads one attempt whole).
     */
    public List<TestAttempt> submitted(Learner learner) {
        return sql.inConnection(c -> submitted(c, learner));
    }

    static List<TestAttempt> submitted(Connection c, Learner learner) throws SQLException {
        return Sql.list(c, SELECT + " WHERE activity_id = ? AND user_sub = ? AND submitted_at IS NOT NULL"
                + " ORDER BY attempt_number", PracticeTests::row, learner.activityId(), learner.userSub());
    }

    /** How many attempts the learner has submitted. */
    public int submittedCount(Learner learner) {
        return sql.inConnection(c -> Sql.list(c, "SELECT COUNT(*) FROM " + TABLE + " WHERE activity_id = ? AND user_sub = ?"
                + " AND submitted_at IS NOT NULL", rs -> rs.getInt(1), learner.activityId(), learner.userSub()).get(0));
    }

    /**
     * The open attempt, or a new one of {@code length} items when attempts are left.
     *
     * @param minutes the time limit, null for none
     */
    public TestAttempt start(Activity activity, Learner learner, Deck deck, int length, Integer minutes) {
        StoreException lastRace = null;
        for (int round = 0; round < 3; round++) {
            Optional<TestAttempt> open = open(learner);
            if (open.isPresent()) {
                return open.get();
            }
            if (!activity.allowsAttempt(submittedCount(learner))) {
                throw new QuizRefusal(QuizRefusal.Reason.NO_TESTS_LEFT);
            }
            List<String> items = TestPaper.draw(deck, length, ThreadLocalRandom.current());
            Instant now = clock.instant();
            Instant deadline = minutes == null ? null : now.plus(Duration.ofMinutes(minutes));
            try {
                long id = sql.inTransaction(c -> Sql.insert(c, "INSERT INTO test_attempt (activity_id, user_sub, deck_id,"
                                + " deck_version, attempt_number, items, open_slot, started_at, deadline_at) VALUES (?, ?, ?, ?,"
                                + " (SELECT COALESCE(MAX(attempt_number), 0) + 1 FROM test_attempt WHERE activity_id = ?"
                                + " AND user_sub = ?), ?, 1, ?, ?)", "id",
                        learner.activityId(), learner.userSub(), deck.id().value(), activity.deckVersion(),
                        learner.activityId(), learner.userSub(), String.join(",", items), now, deadline));
                return find(id).orElseThrow();
            } catch (StoreException raced) {
                // A concurrent start of the same learner won a unique constraint: read its attempt.
                lastRace = raced;
            }
        }
        throw lastRace;
    }

    /** Checks an answer to one item of the attempt: the form of the question's type, or a typed text for a card. */
    public static JsonValue check(Deck deck, TestAttempt attempt, String itemId, JsonValue answer, String field) {
        TestItem item = attempt.itemIds().contains(itemId) ? TestItem.of(deck, itemId).orElse(null) : null;
        if (item == null) {
            throw new QuizRefusal(QuizRefusal.Reason.UNKNOWN_ITEM, field);
        }
        if (item.question() != null) {
            return AnswerReader.read(item.question(), answer, field).json();
        }
        if (!(answer instanceof jakarta.json.JsonString text) || text.getString().length() > AnswerReader.MAX_TYPED_LENGTH) {
            throw new QuizRefusal(QuizRefusal.Reason.BAD_TEXT, field);
        }
        return answer;
    }

    /** Saves one checked answer of an open attempt whose time is not up (JSON null clears it). */
    public TestAttempt saveAnswer(TestAttempt attempt, String itemId, JsonValue answer) {
        sql.inTransaction(c -> {
            // Locks the open attempt's row, so that a submit running now waits for this answer or wins.
            if (Sql.update(c, "UPDATE test_attempt SET started_at = started_at WHERE id = ? AND submitted_at IS NULL",
                    attempt.id()) == 0) {
                throw new QuizRefusal(QuizRefusal.Reason.TEST_CLOSED);
            }
            if (!attempt.takesAnswersAt(clock.instant())) {
                throw new QuizRefusal(QuizRefusal.Reason.TIME_UP);
            }
            Sql.update(c, "DELETE FROM test_answer WHERE attempt_id = ? AND item_id = ?", attempt.id(), itemId);
            if (answer != JsonValue.NULL) {
                Sql.update(c, "INSERT INTO test_answer (attempt_id, item_id, response, answered_at) VALUES (?, ?, ?, ?)",
                        attempt.id(), itemId, answer.toString(), clock.instant());
            }
            return null;
        });
        return find(attempt.id()).orElseThrow();
    }

    static Optional<TestAttempt> one(Connection c, String query, Object... params) throws SQLException {
        List<TestAttempt> rows = Sql.list(c, query, PracticeTests::row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(withAnswers(c, rows.get(0)));
    }

    private static TestAttempt withAnswers(Connection c, TestAttempt a) throws SQLException {
        var answers = new LinkedHashMap<String, JsonValue>();
        Sql.list(c, "SELECT item_id, response FROM test_answer WHERE attempt_id = ?", rs -> answers.put(rs.getString(1),
                Json.createReader(new StringReader(rs.getString(2))).readValue()), a.id());
        return new TestAttempt(a.id(), a.learner(), a.deckId(), a.deckVersion(), a.number(), a.itemIds(), answers,
                a.startedAt(), a.deadline(), a.submittedAt(), a.score(), a.maxScore(), a.timeSpentSeconds());
    }

    private static TestAttempt row(ResultSet rs) throws SQLException {
        String items = rs.getString("items");
        return new TestAttempt(rs.getLong("id"), new Learner(rs.getLong("activity_id"), rs.getString("user_sub")),
                rs.getString("deck_id"), Sql.integerOrNull(rs, "deck_version"), rs.getInt("attempt_number"),
                items.isEmpty() ? List.of() : Arrays.asList(items.split(",")), java.util.Map.of(),
                Sql.instant(rs, "started_at"), Sql.instant(rs, "deadline_at"), Sql.instant(rs, "submitted_at"),
                Sql.doubleOrNull(rs, "score"), Sql.doubleOrNull(rs, "max_score"),
                Sql.longOrNull(rs, "time_spent_seconds"));
    }
}
