package org.recall.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.recall.store.Sql;
import org.recall.study.fsrs.Phase;
import org.recall.study.fsrs.Rating;

/**
 * V15_1 turns the Leitner boxes of a database at schema version 8 into FSRS memory states
 * (docs/spaced-review.md): each box's wait becomes the stability whose interval at 90 % retention is
 * that wait, due dates stay, and the cards then schedule on FSRS.
 */
class LeitnerMigrationTest {

    private static final Instant REVIEWED = Instant.parse("2026-02-20T09:00:00Z");

    @Test
    void leitnerRowsBecomeFsrsStatesThatKeepTheirDueDates() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").target("8").load().migrate();
        var sql = new Sql(h2);
        long platform = sql.inTransaction(c -> Sql.insert(c, "INSERT INTO platform (issuer, client_id, authorization_endpoint,"
                + " token_endpoint, jwks_uri, created_at) VALUES ('https://lms.test', 'c', 'https://lms.test/a',"
                + " 'https://lms.test/t', 'https://lms.test/j', ?)", "id", REVIEWED));
        long activity = sql.inTransaction(c -> Sql.insert(c, "INSERT INTO activity (platform_id, resource_link_id, deck_id,"
                + " modes, attempt_policy, pass_percent, shuffle_questions, show_answers, send_progress, configured,"
                + " created_at, updated_at) VALUES (?, 'rl', 'mlops-vs-devops', 'review,spaced', 'HIGHEST', 60, FALSE,"
                + " 'AFTER_EACH_ATTEMPT', FALSE, TRUE, ?, ?)", "id", platform, REVIEWED, REVIEWED));
        int[] waits = {0, 1, 3, 7, 14};
        for (int box = 1; box <= 5; box++) {
            sql.update("INSERT INTO leitner_card (activity_id, user_sub, card_id, box, due_at, updated_at)"
                    + " VALUES (?, 'ana', ?, ?, ?, ?)", activity, "c" + box, box,
                    REVIEWED.plus(Duration.ofDays(waits[box - 1])), REVIEWED);
        }

        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();

        assertFalse(sql.one("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'LEITNER_CARD'",
                rs -> rs.getInt(1) > 0).orElseThrow(), "the Leitner table is gone");
        assertEquals(0.9, sql.one("SELECT desired_retention FROM activity WHERE id = ?", rs -> rs.getDouble(1), activity)
                .orElseThrow());
        var clock = new MutableClock(REVIEWED);
        var spaced = new SpacedReview(h2, clock);
        var ana = new Learner(activity, "ana");
        List<String> cards = List.of("c1", "c2", "c3", "c4", "c5");
        Map<String, CardMemory> memory = spaced.state(ana, 0.9, cards).cards().stream()
                .collect(Collectors.toMap(SpacedState.Card::id, SpacedState.Card::memory));

        CardMemory missed = memory.get("c1");
        assertEquals(Phase.LEARNING, missed.state().phase());
        assertEquals(0.212, missed.state().stability(), 1e-9);
        assertEquals(6.4133, missed.state().difficulty(), 1e-9);
        assertEquals(Rating.AGAIN, missed.lastRating());
        double[] stabilities = {1, 3, 7, 14};
        for (int box = 2; box <= 5; box++) {
            CardMemory card = memory.get("c" + box);
            assertEquals(Phase.REVIEW, card.state().phase(), "box " + box);
            assertEquals(stabilities[box - 2], card.state().stability(), 1e-9, "box " + box);
            assertEquals(2.11810397, card.state().difficulty(), 1e-8);
            assertEquals(REVIEWED.plus(Duration.ofDays(waits[box - 1])), card.state().due(), "due date kept");
            assertEquals(REVIEWED, card.state().lastReview());
            assertEquals(Rating.GOOD, card.lastRating());
        }
        assertEquals(List.of("c1"), spaced.state(ana, 0.9, cards).due(), "on the day of the last review, only box 1");

        // On its due date the box-5 card has a 90 % chance of recall, and a Good review makes its wait longer than 14 days.
        clock.now = REVIEWED.plus(Duration.ofDays(14));
        assertEquals(0.9, spaced.state(ana, 0.9, cards).cards().get(4).retrievability(), 1e-9);
        CardMemory reviewed = spaced.record(ana, 0.9, "c5", Rating.GOOD);
        assertTrue(Duration.between(clock.now, reviewed.state().due()).toDays() > 14, reviewed.toString());
    }
}
