package org.recall.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** {@code /health} reports what this check finds: up once the database answers and is migrated. */
class DatabaseHealthTest {

    private static DatabaseHealth healthOf(String url) {
        var dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        var health = new DatabaseHealth();
        health.dataSource = dataSource;
        health.migrations = new Migrations();
        health.migrations.dataSource = dataSource;
        return health;
    }

    @Test
    void aReachableDatabaseIsMigratedAndUp() {
        var status = healthOf("jdbc:h2:mem:health-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1").check();
        assertTrue(status.up(), String.valueOf(status.reason()));
        assertEquals("H2", status.database());
    }

    @Test
    void anUnreachableDatabaseIsDownWithAReasonAndNoDetail() {
        var status = healthOf("jdbc:h2:tcp://127.0.0.1:1/nowhere").check();
        assertFalse(status.up());
        assertEquals("the database is unreachable or its schema cannot be migrated", status.reason());
    }
}
