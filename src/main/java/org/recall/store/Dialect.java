package org.recall.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The SQL that H2 and PostgreSQL write differently, for the few statements where one round trip must
 * do two things: consume a row and answer it ({@code DELETE … RETURNING} on PostgreSQL, a data change
 * delta table on H2), and insert-or-update ({@code INSERT … ON CONFLICT} on PostgreSQL, {@code MERGE}
 * on H2).
 */
public enum Dialect {
    H2, POSTGRESQL;

    /** The dialect of the database behind {@code dataSource} (asks it once per call: call at start-up). */
    public static Dialect of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                    ? POSTGRESQL : H2;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * A statement that deletes the rows {@code where} selects from {@code table} and answers them with
     * {@code columns}: one statement, so that of two racing consumers only one gets the row.
     */
    public String deleteReturning(String table, String where, String columns) {
        return this == POSTGRESQL
                ? "DELETE FROM " + table + " WHERE " + where + " RETURNING " + columns
                : "SELECT " + columns + " FROM OLD TABLE (DELETE FROM " + table + " WHERE " + where + ")";
    }
}
