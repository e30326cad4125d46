package org.recall.study;

import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.recall.store.Sql;

/** A fresh in-memory H2 database per test, migrated with the application's Flyway scripts. */
public final class TestDatabase {

    private final DataSource dataSource;
    private final Sql sql;

    private TestDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
        this.sql = new Sql(dataSource);
    }

    public static TestDatabase fresh() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        return new TestDatabase(h2);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Sql sql() {
        return sql;
    }

    /** Stores a platform and an activity (graded out of {@code points} when not null); answers the activity id. */
    public long activity(String resourceLinkId, Integer points, Integer attemptsAllowed) {
        long platform = sql.inTransaction(c -> Sql.insert(c, "INSERT INTO platform (issuer, client_id,"
                        + " authorization_endpoint, token_endpoint, jwks_uri, created_at) VALUES (?, ?, ?, ?, ?, ?)", "id",
                "https://lms-" + UUID.randomUUID() + ".test", "client", "https://lms.test/auth", "https://lms.test/token",
                "https://lms.test/jwks", Instant.now()));
        return sql.inTransaction(c -> Sql.insert(c, "INSERT INTO activity (platform_id, resource_link_id, deck_id, modes,"
                        + " points, attempts_allowed, attempt_policy, pass_percent, shuffle_questions, show_answers,"
                        + " send_progress, configured, created_at, updated_at)"
                        + " VALUES (?, ?, 'mlops-vs-devops', 'review,quiz,explain,spaced,sheet', ?, ?, 'HIGHEST', 60,"
                        + " FALSE, 'AFTER_EACH_ATTEMPT', FALSE, TRUE, ?, ?)", "id",
                platform, resourceLinkId, points, attemptsAllowed, Instant.now(), Instant.now()));
    }

    public long platformOf(long activityId) {
        return sql.one("SELECT platform_id FROM activity WHERE id = ?", rs -> rs.getLong(1), activityId).orElseThrow();
    }
}
