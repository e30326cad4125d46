package org.recall.teach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.recall.activity.Activity;
import org.recall.activity.StudyMode;
import org.recall.deck.Deck;
import org.recall.json.Json;
import org.recall.store.Dialect;
import org.recall.store.Sql;
import org.recall.store.StoreException;
import org.recall.study.MatchTimes;
import org.recall.study.Mastery;
import org.recall.study.SpacedReview;
import org.recall.study.SpacedState;
import org.recall.study.StudyTimes;

/** What the teaching side reads and writes, always for one activity. */
@ApplicationScoped
public class TeachingStore {

    private Sql sql;
    private SpacedReview spaced;
    private StudyTimes times;
    private MatchTimes matches;
    private String recordLaunch;

    public TeachingStore() {
    }

    public TeachingStore(DataSource dataSource) {
        init(dataSource);
    }

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
        this.spaced = new SpacedReview(dataSource, Clock.systemUTC(), false);
        this.times = new StudyTimes(dataSource);
        this.matches = new MatchTimes(dataSource);
        this.recordLaunch = recordLaunchSql(Dialect.of(dataSource));
    }

    /** Remembers a student's launch of the activity, with the name and email of this launch when shared. */
    public void recordLaunch(long activityId, String userSub, String name, String email, Instant when) {
        try {
            sql.update(recordLaunch, activityId, userSub, name, email, when, when);
        } catch (StoreException raced) {
            // H2's MERGE lost a race with a concurrent first launch of the same student, who stored the row.
        }
    }

    /** One statement: the learner's row is inserted on the first launch, its name, email and time updated after. */
    private static String recordLaunchSql(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL
                ? "INSERT INTO activity_learner (activity_id, user_sub, name, email, first_launch_at, last_launch_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (activity_id, user_sub) DO UPDATE SET"
                        + " name = COALESCE(EXCLUDED.name, activity_learner.name),"
                        + " email = COALESCE(EXCLUDED.email, activity_learner.email), last_launch_at = EXCLUDED.last_launch_at"
                : "MERGE INTO activity_learner t USING (VALUES (CAST(? AS BIGINT), CAST(? AS VARCHAR(255)),"
                        + " CAST(? AS VARCHAR(1000)), CAST(? AS VARCHAR(1000)), CAST(? AS TIMESTAMP WITH TIME ZONE),"
                        + " CAST(? AS TIMESTAMP WITH TIME ZONE))) s (activity_id, user_sub, name, email, first_at, last_at)"
                        + " ON t.activity_id = s.activity_id AND t.user_sub = s.user_sub"
                        + " WHEN MATCHED THEN UPDATE SET name = COALESCE(s.name, t.name), email = COALESCE(s.email, t.email),"
                        + " last_launch_at = s.last_at"
                        + " WHEN NOT MATCHED THEN INSERT (activity_id, user_sub, name, email, first_launch_at, last_launch_at)"
                        + " VALUES (s.activity_id, s.user_sub, s.name, s.email, s.first_at, s.last_at)";
    }

    private record Person(String name, String email) {
    }

    /** Every student who launched the activity or has study data in it, by user id, first launch first. */
    private Map<String, Person> students(long activityId) {
        var people = new LinkedHashMap<String, Person>();
        sql.list("SELECT user_sub, name, email FROM activity_learner WHERE activity_id = ? ORDER BY first_launch_at, user_sub",
                rs -> people.put(rs.getString(1), new Person(rs.getString(2), rs.getString(3))), activityId);
        for (String table : List.of("quiz_attempt", "test_attempt", "review_rating", "fsrs_card", "explain_answer",
                "study_time", "match_time")) {
            sql.list("SELECT DISTINCT user_sub FROM " + table + " WHERE activity_id = ? ORDER BY user_sub",
                    rs -> people.putIfAbsent(rs.getString(1), new Person(null, null)), activityId);
        }
        return people;
    }

    /** The user ids of students who launched the activity or have study data in it. */
    public Set<String> started(long activityId) {
        return new LinkedHashSet<>(students(activityId).keySet());
    }

    /** One row per student of the activity. */
    public List<StudentResult> results(Activity activity, Deck deck) {
        long id = activity.id();
        var attempts = new HashMap<String, List<double[]>>();
        // The attempts of the graded mode: the quiz's, or the Practice test's when it is the graded mode.
        sql.list("SELECT user_sub, score, max_score, time_spent_seconds FROM " + attemptTable(activity)
                        + " WHERE activity_id = ? AND submitted_at IS NOT NULL ORDER BY attempt_number",
                rs -> attempts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new double[] {rs.getDouble(2), rs.getDouble(3), rs.getLong(4)}), id);
        List<String> cardIds = deck.cards().stream().map(org.recall.deck.Card::id).toList();
        double retention = activity.modeSettings().desiredRetention();
        Map<String, SpacedState> memory = spaced.states(id, retention, cardIds);
        SpacedState untouched = spaced.untouched(retention, cardIds);
        Map<String, Map<String, Long>> seconds = times.byStudent(id);
        Map<String, Integer> bestMatch = matches.bestByStudent(id);
        var sync = new HashMap<String, String>();
        sql.list("SELECT user_sub, status FROM grade_outbox WHERE activity_id = ? ORDER BY score_timestamp, id",
                rs -> sync.put(rs.getString(1), syncStatus(rs.getString(2))), id);
        int cards = deck.cards().size();
        var rows = new ArrayList<StudentResult>();
        students(id).forEach((user, person) -> {
            List<double[]> list = attempts.getOrDefault(user, List.of());
            Double best = list.stream().mapToDouble(a -> a[0]).boxed().max(Double::compare).orElse(null);
            Double latest = list.isEmpty() ? null : list.get(list.size() - 1)[0];
            Double max = list.isEmpty() ? null : list.get(list.size() - 1)[1];
            long quizSeconds = list.stream().mapToLong(a -> (long) a[2]).sum();
            SpacedState state = memory.getOrDefault(user, untouched);
            var mastery = new LinkedHashMap<String, Integer>();
            for (Mastery m : Mastery.values()) {
                mastery.put(m.code(), (int) state.count(m));
            }
            var modeSeconds = new LinkedHashMap<String, Long>();
            for (StudyMode mode : StudyMode.values()) {
                modeSeconds.put(mode.code(), seconds.getOrDefault(user, Map.of()).getOrDefault(mode.code(), 0L));
            }
            rows.add(new StudentResult(user, person.name(), person.email(), list.size(), best, latest, max, quizSeconds,
                    (int) state.known(), cards, mastery, (int) state.dueNow(), modeSeconds, bestMatch.get(user),
                    sync.getOrDefault(user, "none")));
        });
        return rows;
    }

    static String syncStatus(String outboxStatus) {
        return switch (outboxStatus) {
            case "DELIVERED" -> "sent";
            case "FAILED" -> "failed";
            default -> "pending";
        };
    }

    /** The question ids of each submitted attempt of the activity. */
    public Map<Long, List<String>> submittedAttemptQuestions(long activityId) {
        var map = new LinkedHashMap<Long, List<String>>();
        sql.list("SELECT id, question_order FROM quiz_attempt WHERE activity_id = ? AND submitted_at IS NOT NULL ORDER BY id",
                rs -> map.put(rs.getLong(1), rs.getString(2).isEmpty() ? List.of() : List.of(rs.getString(2).split(","))),
                activityId);
        return map;
    }

    public List<ItemAnalysis.Answer> submittedAnswers(long activityId) {
        return sql.list("SELECT a.attempt_id, a.question_id, a.response, a.credit FROM quiz_answer a"
                        + " JOIN quiz_attempt t ON t.id = a.attempt_id WHERE t.activity_id = ? AND t.submitted_at IS NOT NULL",
                rs -> new ItemAnalysis.Answer(rs.getLong(1), rs.getString(2),
                        Json.createReader(new StringReader(rs.getString(3))).readValue(), rs.getDouble(4)), activityId);
    }

    /**
     * For each student, the credit (0 to 1, partial credit included) each question earned in their latest
     * submitted attempt; a question of that attempt left unanswered earned 0.
     */
    public Map<String, Map<String, Double>> latestCredits(long activityId) {
        var byStudent = new LinkedHashMap<String, Map<String, Double>>();
        sql.list("SELECT t.user_sub, t.question_order, a.question_id, a.credit FROM quiz_attempt t"
                        + " LEFT JOIN quiz_answer a ON a.attempt_id = t.id WHERE t.activity_id = ? AND t.submitted_at IS NOT NULL"
                        + " AND t.attempt_number = (SELECT MAX(x.attempt_number) FROM quiz_attempt x WHERE"
                        + " x.activity_id = t.activity_id AND x.user_sub = t.user_sub AND x.submitted_at IS NOT NULL)",
                rs -> {
                    var credits = byStudent.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>());
                    String order = rs.getString(2);
                    for (String question : order.isEmpty() ? new String[0] : order.split(",")) {
                        credits.putIfAbsent(question, 0.0);
                    }
                    if (rs.getString(3) != null) {
                        credits.put(rs.getString(3), rs.getDouble(4));
                    }
                    return null;
                }, activityId);
        return byStudent;
    }

    /** Percent scores of every submitted attempt. */
    public List<Double> attemptPercents(long activityId) {
        return sql.list("SELECT score, max_score FROM quiz_attempt WHERE activity_id = ? AND submitted_at IS NOT NULL",
                rs -> rs.getDouble(2) > 0 ? 100.0 * rs.getDouble(1) / rs.getDouble(2) : 0.0, activityId);
    }

    /** Card id to the number of students whose latest rating of it is "not yet", most first. */
    public Map<String, Integer> notYetCounts(long activityId) {
        var map = new LinkedHashMap<String, Integer>();
        sql.list("SELECT card_id, COUNT(*) AS n FROM review_rating WHERE activity_id = ? AND last_rating = 'NOT_YET'"
                + " GROUP BY card_id ORDER BY n DESC, card_id", rs -> map.put(rs.getString(1), rs.getInt(2)), activityId);
        return map;
    }

    public List<ExplainReview> explainAnswers(long activityId) {
        Map<String, Person> people = students(activityId);
        return sql.list("SELECT e.user_sub, e.prompt_id, e.answer_text, e.concepts, e.updated_at, w.points, w.comment"
                        + " FROM explain_answer e LEFT JOIN explain_award w ON w.activity_id = e.activity_id"
                        + " AND w.user_sub = e.user_sub AND w.prompt_id = e.prompt_id"
                        + " WHERE e.activity_id = ? ORDER BY e.user_sub, e.prompt_id",
                rs -> {
                    String user = rs.getString(1);
                    Person p = people.getOrDefault(user, new Person(null, null));
                    String concepts = rs.getString(4);
                    List<Integer> indexes = concepts == null || concepts.isBlank() ? List.of()
                            : Arrays.stream(concepts.split(",")).map(String::trim).map(Integer::valueOf).toList();
                    return new ExplainReview(user, p.name() != null ? p.name() : p.email(), rs.getString(2),
                            rs.getString(3), indexes, Sql.instant(rs, "updated_at"),
                            rs.getObject(6, Double.class), rs.getString(7));
                }, activityId);
    }

    public boolean hasExplainAnswer(long activityId, String userSub, String promptId) {
        return sql.one("SELECT 1 FROM explain_answer WHERE activity_id = ? AND user_sub = ? AND prompt_id = ?",
                rs -> true, activityId, userSub, promptId).isPresent();
    }

    /** Stores (or replaces) an award, in the caller's transaction. */
    public static void award(Connection c, long activityId, String userSub, String promptId, double points,
            String comment, String awardedBy, Instant when) throws SQLException {
        Sql.update(c, "DELETE FROM explain_award WHERE activity_id = ? AND user_sub = ? AND prompt_id = ?",
                activityId, userSub, promptId);
        Sql.update(c, "INSERT INTO explain_award (activity_id, user_sub, prompt_id, points, comment, awarded_by, awarded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", activityId, userSub, promptId, points, comment, awardedBy, when);
    }

    /** The sum of explain points awarded to the student in the activity (0 when none). */
    public static double explainPoints(Connection c, long activityId, String userSub) throws SQLException {
        List<Double> sum = Sql.list(c, "SELECT COALESCE(SUM(points), 0) FROM explain_award WHERE activity_id = ? AND user_sub = ?",
                rs -> rs.getDouble(1), activityId, userSub);
        return sum.isEmpty() ? 0 : sum.get(0);
    }

    /** The student's submitted scores in the activity's graded mode (quiz or Practice test), oldest first. */
    public static List<Double> gradedScores(Connection c, Activity activity, String userSub) throws SQLException {
        return Sql.list(c, "SELECT score FROM " + attemptTable(activity) + " WHERE activity_id = ? AND user_sub = ?"
                + " AND submitted_at IS NOT NULL ORDER BY attempt_number", rs -> rs.getDouble(1), activity.id(), userSub);
    }

    private static String attemptTable(Activity activity) {
        return activity.modeSettings().gradedMode() == StudyMode.TEST ? "test_attempt" : "quiz_attempt";
    }

    public <T> T inTransaction(Sql.Work<T> work) {
        return sql.inTransaction(work);
    }

    public Optional<String> storedLineItem(long activityId) {
        return sql.one("SELECT lineitem_url FROM activity_line_item WHERE activity_id = ? AND lineitem_url IS NOT NULL",
                rs -> rs.getString(1), activityId);
    }
}
