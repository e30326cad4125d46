package org.recall.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * V17_3 keys activities by deployment and course: existing rows take the deployment and course their study
 * sessions name, else the platform's only deployment; what stays unknown is claimed by the next launch.
 */
class ActivityMigrationTest {

    @Test
    void existingActivitiesTakeTheirDeploymentAndCourse() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").target("8").load().migrate();
        var sql = new Sql(h2);
        long single = platform(sql, "1");
        long several = platform(sql, "1", "2");
        long fromSessions = activity(sql, several, "rl-seen");
        long onlyDeployment = activity(sql, single, "rl-single");
        long unknown = activity(sql, several, "rl-unknown");
        sql.update("INSERT INTO study_session (token_hash, platform_id, deployment_id, user_sub, roles, resource_link_id,"
                + " context_id, launch, created_at, expires_at) VALUES ('h1', ?, '2', 'u', 'LEARNER', 'rl-seen', 'c9', '{}', ?, ?)",
                several, Instant.now(), Instant.now().plusSeconds(3600));

        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();

        assertEquals("2", column(sql, fromSessions, "deployment_id"));
        assertEquals("c9", column(sql, fromSessions, "context_id"));
        assertEquals("1", column(sql, onlyDeployment, "deployment_id"));
        assertNull(column(sql, unknown, "deployment_id"));
    }

    private static long platform(Sql sql, String... deployments) {
        long id = sql.inTransaction(c -> Sql.insert(c, "INSERT INTO platform (issuer, client_id, authorization_endpoint,"
                + " token_endpoint, jwks_uri, created_at) VALUES (?, 'c', 'https://l/a', 'https://l/t', 'https://l/j', ?)", "id",
                "https://lms-" + UUID.randomUUID(), Instant.now()));
        for (String d : deployments) {
            sql.update("INSERT INTO deployment (platform_id, deployment_id) VALUES (?, ?)", id, d);
        }
        return id;
    }

    private static long activity(Sql sql, long platform, String link) {
        return sql.inTransaction(c -> Sql.insert(c, "INSERT INTO activity (platform_id, resource_link_id, deck_id, modes,"
                + " attempt_policy, pass_percent, shuffle_questions, show_answers, send_progress, configured, created_at,"
                + " updated_at) VALUES (?, ?, 'mlops-vs-devops', 'review', 'HIGHEST', 60, FALSE, 'AFTER_EACH_ATTEMPT', FALSE,"
                + " TRUE, ?, ?)", "id", platform, link, Instant.now(), Instant.now()));
    }

    private static String column(Sql sql, long activity, String column) {
        return sql.one("SELECT " + column + " FROM activity WHERE id = ?", rs -> rs.getString(1), activity).orElse(null);
    }
}
