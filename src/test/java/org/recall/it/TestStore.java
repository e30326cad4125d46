package org.recall.it;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * The database an integration run tests: the embedded H2 (default) or PostgreSQL. The same test
 * classes run against both: Failsafe runs the suite a second time with {@code recall.it.store=postgresql}
 * when {@code RECALL_IT_PG_URL} names a server (.ci/run starts a throwaway one); without it the
 * PostgreSQL run is skipped, and {@link PostgresqlRunIT} says so.
 */
enum TestStore {
    H2, POSTGRESQL;

    static final String PG_URL = "RECALL_IT_PG_URL";

    static TestStore current() {
        return "postgresql".equals(System.getProperty("recall.it.store")) ? POSTGRESQL : H2;
    }

    static boolean postgresqlAvailable() {
        String url = System.getenv(PG_URL);
        return url != null && !url.isBlank();
    }

    /** Environment for a Recall on a fresh, empty database of this store (H2: RecallServer's own file). */
    Map<String, String> freshDatabase() {
        return this == H2 ? Map.of() : freshSchema("public");
    }

    /**
     * Environment for Recalls sharing a fresh, empty PostgreSQL schema of their own (several instances
     * on one database, apart from the run's shared server).
     */
    static Map<String, String> freshSchema(String schema) {
        if (!postgresqlAvailable()) {
            throw new IllegalStateException("PostgreSQL tests need " + PG_URL);
        }
        String url = System.getenv(PG_URL);
        String user = System.getenv().getOrDefault("RECALL_IT_PG_USER", "recall");
        String password = System.getenv().getOrDefault("RECALL_IT_PG_PASSWORD", "recall");
        try (var c = DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reset the PostgreSQL test schema " + schema + " of " + url, e);
        }
        String schemaUrl = "public".equals(schema) ? url : url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return Map.of("RECALL_DB_URL", schemaUrl, "RECALL_DB_USER", user, "RECALL_DB_PASSWORD", password);
    }
}
