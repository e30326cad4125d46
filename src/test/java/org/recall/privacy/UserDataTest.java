package org.recall.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recall.audit.Actor;
import org.recall.audit.AuditAction;
import org.recall.audit.AuditLog;
import org.recall.store.Sql;
import org.recall.study.TestDatabase;

/**
 * Export, erasure and retention on the real schema: one learner ("alice", who also awarded points and uploaded
 * a deck as an instructor) and one other ("bob") leave data in every table; after alice's erasure no column of
 * any table holds her sub, and bob's data is untouched.
 */
class UserDataTest {

    static final String ALICE = "alice-7c1e";
    static final String BOB = "bob-33f0";

    TestDatabase db;
    Sql sql;
    long activity;
    long platform;
    UserData data;

    @BeforeEach
    void fill() {
        db = TestDatabase.fresh();
        sql = db.sql();
        activity = db.activity("rl-1", 10, 3);
        platform = db.platformOf(activity);
        data = UserData.over(db.dataSource());
        for (String user : List.of(ALICE, BOB)) {
            learnerRows(user, Instant.now());
        }
        sql.update("INSERT INTO explain_award (activity_id, user_sub, prompt_id, points, comment, awarded_by, awarded_at)"
                + " VALUES (?, ?, 'e2', 1, NULL, ?, ?)", activity, BOB, ALICE, Instant.now());
        sql.update("INSERT INTO deck_version (deck_id, version, title, document, status, owner, uploaded_by, uploaded_at,"
                + " uploaded_by_name) VALUES ('alices-deck', 1, 'Deck', '{}', 'ACTIVE', ?, ?, ?, ?)", "platform:" + platform,
                ALICE, Instant.now(), "Name " + ALICE);
        sql.update("INSERT INTO deck_draft (platform_id, deck_id, title, document, revision, created_by, created_by_name,"
                + " updated_by, updated_by_name, created_at, updated_at) VALUES (?, 'alices-deck', 'Deck', '{}', 3, ?, ?, ?, ?, ?, ?)",
                platform, ALICE, "Name " + ALICE, BOB, "Name " + BOB, Instant.now(), Instant.now());
        var audit = AuditLog.over(db.dataSource());
        audit.record(new AuditLog.Entry(Actor.instructor(ALICE), platform, AuditAction.GRADE_RESENT, "activity " + activity,
                BOB, "resent", "127.0.0.1", null), Instant.now());
        audit.record(new AuditLog.Entry(Actor.admin("t"), platform, AuditAction.USER_DATA_EXPORTED, "platform " + platform,
                ALICE, "exported", "127.0.0.1", null), Instant.now());
    }

    /** One row in each per-learner table; the outbox gets a delivered and a waiting score. */
    void learnerRows(String user, Instant at) {
        sql.update("INSERT INTO study_session (token_hash, platform_id, deployment_id, user_sub, roles, resource_link_id,"
                + " context_id, launch, created_at, expires_at) VALUES (?, ?, '1', ?, 'LEARNER', 'rl-1', 'c', '{}', ?, ?)",
                "hash-" + user, platform, user, at, at.plus(Duration.ofHours(3)));
        sql.update("INSERT INTO activity_learner VALUES (?, ?, ?, ?, ?, ?)", activity, user, "Name " + user,
                user + "@school.test", at, at);
        sql.update("INSERT INTO resume_state VALUES (?, ?, 'review', '{}', ?)", activity, user, at);
        sql.update("INSERT INTO review_rating VALUES (?, ?, 'c1', 'known', 1, ?)", activity, user, at);
        sql.update("INSERT INTO fsrs_card (activity_id, user_sub, card_id, phase, learning_step, stability, difficulty,"
                + " last_rating, last_review, due_at, reviews, lapses) VALUES (?, ?, 'c1', 'REVIEW', 0, 3.2, 5.0, 'GOOD', ?, ?,"
                + " 2, 0)", activity, user, at, at);
        sql.update("INSERT INTO match_time (activity_id, user_sub, best_ms, last_ms, games, updated_at) VALUES (?, ?, 9000,"
                + " 12000, 3, ?)", activity, user, at);
        sql.update("INSERT INTO explain_answer VALUES (?, ?, 'e1', 'my answer', '0,2', ?)", activity, user, at);
        sql.update("INSERT INTO explain_award (activity_id, user_sub, prompt_id, points, comment, awarded_by, awarded_at)"
                + " VALUES (?, ?, 'e1', 2, 'good', 'teacher-1', ?)", activity, user, at);
        long attempt = sql.inTransaction(c -> Sql.insert(c, "INSERT INTO quiz_attempt (activity_id, user_sub, deck_id,"
                + " attempt_number, question_order, open_slot, started_at, submitted_at, score, max_score,"
                + " time_spent_seconds) VALUES (?, ?, 'mlops-vs-devops', 1, 'q1', NULL, ?, ?, 8.0, 10.0, 60)", "id",
                activity, user, at, at));
        sql.update("INSERT INTO quiz_answer (attempt_id, question_id, option_id, correct, answered_at, response, credit)"
                + " VALUES (?, 'q1', 'a', TRUE, ?, '\"a\"', 1.0)", attempt, at);
        for (String status : List.of("DELIVERED", "PENDING")) {
            sql.update("INSERT INTO grade_outbox (platform_id, activity_id, user_sub, scopes, score_given, score_maximum,"
                    + " activity_progress, grading_progress, score_timestamp, status, attempts, next_attempt_at, created_at)"
                    + " VALUES (?, ?, ?, 'score', 8, 10, 'Completed', 'FullyGraded', ?, ?, 0, ?, ?)",
                    platform, activity, user, at, status, at, at);
        }
    }

    @Test
    void theExportHoldsTheAttemptAndEverythingElseOfTheUserOnly() {
        var export = data.export(platform, ALICE);
        var attempts = export.getJsonArray("quiz_attempt");
        assertEquals(1, attempts.size());
        assertEquals(8.0, attempts.getJsonObject(0).getJsonNumber("score").doubleValue());
        assertEquals(ALICE, attempts.getJsonObject(0).getString("user_sub"));
        assertEquals("a", export.getJsonArray("quiz_answer").getJsonObject(0).getString("option_id"));
        assertEquals(ALICE + "@school.test", export.getJsonArray("activity_learner").getJsonObject(0).getString("email"));
        assertEquals(2, export.getJsonArray("grade_outbox").size());
        assertEquals(2, export.getJsonArray("audit_event").size(), "the event she made and the one about her");
        assertEquals(2, export.getJsonArray("explain_award").size(), "the points she got and the points she gave");
        assertEquals(1, export.getJsonArray("deck_version").size());
        assertEquals(1, export.getJsonArray("deck_draft").size(), "the draft she started, once");
        assertFalse(export.toString().contains(BOB + "@"), "nothing of another learner but what she did to him");
        assertFalse(export.getJsonArray("deck_draft").getJsonObject(0).containsKey("document"));
        assertFalse(export.getJsonArray("study_session").getJsonObject(0).containsKey("token_hash"));
        assertEquals(1, data.pendingScores(platform, ALICE));
    }

    @Test
    void erasureWaitsForPendingScoresThenLeavesNoRowWithTheSub() throws Exception {
        var refused = assertThrows(UserData.PendingScores.class, () -> data.erase(platform, ALICE, false));
        assertEquals(1, refused.count());
        assertTrue(cellsHolding(ALICE).size() > 10, "nothing erased on refusal: " + cellsHolding(ALICE));

        Map<String, Integer> erased = data.erase(platform, ALICE, true);
        assertEquals(1, erased.get("quiz_attempt"));
        assertEquals(List.of(), cellsHolding(ALICE));
        assertEquals(0, data.counts(platform, ALICE).values().stream().mapToInt(Integer::intValue).sum());
        Map<String, Integer> bob = data.counts(platform, BOB);
        assertEquals(1, bob.get("quiz_attempt"));
        assertEquals(2, bob.get("grade_outbox"));
        assertEquals(2, bob.get("explain_award"), "his awards stay, the one alice gave now by an erased user");
        assertEquals(1, sql.one("SELECT COUNT(*) FROM explain_award WHERE awarded_by = ?", rs -> rs.getInt(1),
                UserTables.ERASED).orElseThrow());
        assertEquals(1, sql.one("SELECT COUNT(*) FROM quiz_answer", rs -> rs.getInt(1)).orElseThrow(), "only bob's answer");
        assertEquals("Name " + BOB, sql.one("SELECT updated_by_name FROM deck_draft", rs -> rs.getString(1)).orElseThrow(),
                "the draft stays, with who else worked on it");
    }

    @Test
    void retentionDeletesWhatOutlivedItsPeriodButNeverAWaitingScore() {
        learnerRows("carol-old", Instant.now().minus(Duration.ofDays(800)));
        var deleted = Retention.enforce(sql, Map.of(UserTable.RetentionKind.STUDY, Duration.ofDays(730),
                UserTable.RetentionKind.GRADES, Duration.ofDays(180), UserTable.RetentionKind.AUDIT, Duration.ofDays(400)),
                Instant.now());
        assertEquals(1, deleted.get("quiz_attempt"));
        assertEquals(1, deleted.get("grade_outbox"), "the delivered score only");
        var carol = data.counts(platform, "carol-old");
        assertEquals(0, carol.get("quiz_attempt") + carol.get("review_rating") + carol.get("activity_learner"));
        assertEquals(1, carol.get("grade_outbox"), "a score still waiting is kept");
        assertEquals(1, carol.get("study_session"), "sessions end by their own expiry, not by retention");
        assertEquals(1, data.counts(platform, ALICE).get("quiz_attempt"), "recent data stays");
    }

    /** Every cell of every table (but Flyway's) whose text contains {@code needle}, as table.column. */
    private List<String> cellsHolding(String needle) throws Exception {
        List<String> found = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection();
                ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                if (!rs.getString("TABLE_NAME").toLowerCase().startsWith("flyway")) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = c.createStatement().executeQuery("SELECT * FROM " + table)) {
                    while (rows.next()) {
                        for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                            Object value = rows.getObject(i);
                            if (value != null && value.toString().contains(needle)) {
                                found.add(table + "." + rows.getMetaData().getColumnName(i));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
