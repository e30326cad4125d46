package org.recall.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatabaseConfigSourceTest {

    @Test
    void aPostgresqlUrlSelectsThePostgresqlDataSource() {
        assertEquals("org.postgresql.ds.PGSimpleDataSource",
                DatabaseConfigSource.dataSourceClassFor("jdbc:postgresql://127.0.0.1:5432/recall"));
    }

    @Test
    void anythingElseStaysOnTheEmbeddedH2() {
        assertEquals("org.h2.jdbcx.JdbcDataSource", DatabaseConfigSource.dataSourceClassFor("jdbc:h2:file:./data/recall"));
        assertEquals("org.h2.jdbcx.JdbcDataSource", DatabaseConfigSource.dataSourceClassFor(null));
    }
}
