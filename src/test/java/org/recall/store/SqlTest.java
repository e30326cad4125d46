package org.recall.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqlTest {

    private Sql sql;

    @BeforeEach
    void database() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:sql-test-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        sql = new Sql(dataSource);
        sql.update("CREATE TABLE rating (card VARCHAR(10) PRIMARY KEY, times INTEGER NOT NULL)");
        sql.update("INSERT INTO rating (card, times) VALUES ('c1', 1)");
    }

    @Test
    void workThatLosesAnInsertRaceRunsOnceMoreAndSeesTheWinnersRow() {
        var runs = new AtomicInteger();
        int times = sql.inTransaction(c -> {
            if (runs.incrementAndGet() == 1) {
                // This request read "no row" before the other one inserted it: its insert collides.
                Sql.update(c, "INSERT INTO rating (card, times) VALUES ('c1', 1)");
            }
            Sql.update(c, "UPDATE rating SET times = times + 1 WHERE card = 'c1'");
            return Sql.list(c, "SELECT times FROM rating WHERE card = 'c1'", rs -> rs.getInt(1)).get(0);
        });
        assertEquals(2, runs.get());
        assertEquals(2, times);
    }

    @Test
    void otherFailuresAreNotRetriedAndLeaveNothingBehind() {
        var runs = new AtomicInteger();
        assertThrows(StoreException.class, () -> sql.inTransaction(c -> {
            runs.incrementAndGet();
            Sql.update(c, "UPDATE rating SET times = 99 WHERE card = 'c1'");
            return Sql.update(c, "INSERT INTO no_such_table VALUES (1)");
        }));
        assertEquals(1, runs.get());
        assertEquals(1, sql.one("SELECT times FROM rating WHERE card = 'c1'", rs -> rs.getInt(1)).orElseThrow());
    }
}
