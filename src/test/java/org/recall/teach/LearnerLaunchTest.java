package org.recall.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recall.store.Sql;

/** A student's launches noted in one statement: the first one inserts, later ones keep what they do not send. */
class LearnerLaunchTest {

    private Sql sql;
    private TeachingStore store;
    private long activityId;

    @BeforeEach
    void database() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:learners-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        sql = new Sql(dataSource);
        store = new TeachingStore(dataSource);
        activityId = sql.inConnection(c -> {
            long platform = Sql.insert(c, "INSERT INTO platform (issuer, client_id, authorization_endpoint, token_endpoint,"
                    + " jwks_uri, created_at) VALUES ('i', 'c', 'a', 't', 'j', ?)", "id", Instant.now());
            return Sql.insert(c, "INSERT INTO activity (platform_id, resource_link_id, deck_id, modes, attempt_policy,"
                    + " pass_percent, shuffle_questions, show_answers, send_progress, configured, created_at, updated_at)"
                    + " VALUES (?, 'link', 'deck', 'REVIEW', 'HIGHEST', 60, FALSE, 'NEVER', FALSE, TRUE, ?, ?)", "id",
                    platform, Instant.now(), Instant.now());
        });
    }

    @Test
    void laterLaunchesUpdateTheTimeAndKeepTheNameTheyDoNotSend() {
        Instant first = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        store.recordLaunch(activityId, "s1", "Ana", "ana@example.org", first);
        store.recordLaunch(activityId, "s1", null, null, first.plusSeconds(60));
        store.recordLaunch(activityId, "s1", "Ana B", null, first.plusSeconds(120));
        List<String> rows = sql.list("SELECT name, email, first_launch_at, last_launch_at FROM activity_learner",
                rs -> rs.getString(1) + "|" + rs.getString(2) + "|" + Sql.instant(rs, "first_launch_at") + "|"
                        + Sql.instant(rs, "last_launch_at"));
        assertEquals(List.of("Ana B|ana@example.org|" + first + "|" + first.plusSeconds(120)), rows);
    }
}
