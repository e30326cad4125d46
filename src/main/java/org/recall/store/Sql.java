package org.recall.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Plain JDBC with the ceremony taken out: parameters bound in order, rows mapped by a lambda,
 * {@link SQLException} turned into {@link StoreException}. Instants are stored as UTC timestamps
 * with time zone, which H2 and PostgreSQL both map to {@link OffsetDateTime}.
 */
public final class Sql {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Work inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    public Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> list(String sql, Row<T> row, Object... params) {
        return inConnection(c -> list(c, sql, row, params));
    }

    /** The first row's value; empty when there is no row or the row maps to null (a NULL column). */
    public <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        var rows = list(sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    public int update(String sql, Object... params) {
        return inConnection(c -> update(c, sql, params));
    }

    public static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(c, sql, params); ResultSet rs = statement.executeQuery()) {
            var rows = new ArrayList<T>();
            while (rs.next()) {
                rows.add(row.map(rs));
            }
            return rows;
        }
    }

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(c, sql, params)) {
            return statement.executeUpdate();
        }
    }

    /** Inserts a row and returns the identity the database generated for {@code idColumn}. */
    public static long insert(Connection c, String sql, String idColumn, Object... params) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql, new String[] {idColumn})) {
            bind(statement, params);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public <T> T inConnection(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * Runs the work in one transaction: all of it is stored, or none. Work that loses an insert race
     * (another request inserted the same key first: SQLState 23505 on H2 and PostgreSQL) is run once
     * more, so that it reads the winner's row, as a double-tapped button or two instances would need.
     */
    public <T> T inTransaction(Work<T> work) {
        try {
            return transaction(work);
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return transaction(work);
            }
            throw e;
        }
    }

    private static final String UNIQUE_VIOLATION = "23505";

    private <T> T transaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /*
     * Nullable columns are read with the typed getters and wasNull, never getObject(column, Class): the
     * connection pool's result-set wrapper (Payara's ResultSetWrapper40) answers that JDBC 4.1 method through
     * reflection, looking the method up and copying it on every call; 5 % of all CPU samples of the
     * benchmark's 20-minute soak (issue 13, docs/benchmarks.md).
     */

    /** A TIMESTAMP WITH TIME ZONE column as the instant it names (both drivers build the Timestamp from it). */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp time = rs.getTimestamp(column);
        return time == null ? null : time.toInstant();
    }

    public static Integer integerOrNull(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        bind(statement, params);
        return statement;
    }

    private static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i] instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : params[i];
            statement.setObject(i + 1, value);
        }
    }
}
