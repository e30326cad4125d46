package org.recall.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * What the database did for one measured phase, from PostgreSQL's own counters: statements executed by
 * the tool's user in its database ({@code pg_stat_statements}, top-level statements, BEGIN and COMMIT
 * included), and sequential and index scans per table ({@code pg_stat_user_tables}). Reads as the
 * {@code postgres} superuser, so its own queries are not counted.
 */
final class SqlCounter implements AutoCloseable {

    /** One phase's counts. */
    record Counts(long statements, Map<String, Long> perStatement, Map<String, Double> msPerStatement,
            Map<String, long[]> scans) {

        double perOperation(long operations) {
            return operations == 0 ? Double.NaN : statements / (double) operations;
        }

        /** Sequential scans per table over the phase, for tables that had any. */
        String seqScans() {
            var parts = new ArrayList<String>();
            scans.forEach((table, s) -> {
                if (s[0] > 0) {
                    parts.add(table + " " + s[0]);
                }
            });
            return parts.isEmpty() ? "none" : String.join(", ", parts);
        }

        void write(Path file, String title, long operations) throws IOException {
            var lines = new ArrayList<String>();
            lines.add("== " + title + ": " + statements + " statements for " + operations + " operations ("
                    + String.format("%.2f", perOperation(operations)) + " per operation)");
            perStatement.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> lines.add(String.format("%10d  %6.2f/op  %7.3f ms/op  %s", e.getValue(),
                            e.getValue() / (double) Math.max(operations, 1),
                            msPerStatement.getOrDefault(e.getKey(), 0.0) / Math.max(operations, 1),
                            e.getKey().replaceAll("\\s+", " "))));
            lines.add("-- scans per table (sequential, index)");
            scans.forEach((table, s) -> lines.add(String.format("%-24s seq %8d  idx %8d", table, s[0], s[1])));
            lines.add("");
            Files.write(file, lines, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    private final Connection connection;
    private final String database;
    private Map<String, long[]> scansBefore = Map.of();

    SqlCounter(String jdbcUrl, String database) throws SQLException {
        this.connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
        this.database = database;
    }

    /** Starts a phase: zeroes the statement counters and notes the scan counters. */
    void start() throws SQLException {
        try (var s = connection.createStatement()) {
            s.execute("SELECT pg_stat_statements_reset()");
        }
        scansBefore = scans();
    }

    /** Ends a phase (after the cumulative statistics had a moment to be flushed). */
    Counts stop() throws SQLException, InterruptedException {
        Thread.sleep(1500);
        var perStatement = new HashMap<String, Long>();
        var msPerStatement = new HashMap<String, Double>();
        long total = 0;
        try (var s = connection.prepareStatement("SELECT query, calls, total_exec_time FROM pg_stat_statements s"
                + " JOIN pg_database d ON d.oid = s.dbid JOIN pg_roles r ON r.oid = s.userid"
                + " WHERE d.datname = ? AND r.rolname = 'recall'")) {
            s.setString(1, database);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    perStatement.merge(rs.getString(1), rs.getLong(2), Long::sum);
                    msPerStatement.merge(rs.getString(1), rs.getDouble(3), Double::sum);
                    total += rs.getLong(2);
                }
            }
        }
        var after = scans();
        var delta = new java.util.TreeMap<String, long[]>();
        after.forEach((table, a) -> {
            long[] b = scansBefore.getOrDefault(table, new long[2]);
            delta.put(table, new long[] {a[0] - b[0], a[1] - b[1]});
        });
        return new Counts(total, perStatement, msPerStatement, delta);
    }

    /**
     * The database's {@code n} largest tables (with their indexes and TOAST), their live and dead rows and
     * how often autovacuum has visited them: what a long run leaves behind (issue 13's drift of PostgreSQL's
     * CPU per launch).
     */
    String largestTables(int n) throws SQLException {
        var parts = new ArrayList<String>();
        try (var c = inDatabase(); var s = c.createStatement();
                var rs = s.executeQuery("SELECT relname, n_live_tup, n_dead_tup, pg_total_relation_size(relid),"
                        + " autovacuum_count + autoanalyze_count FROM pg_stat_user_tables"
                        + " ORDER BY 4 DESC LIMIT " + n)) {
            while (rs.next()) {
                parts.add(String.format("%s %,d rows (%,d dead) %.1f MB, %d autovacuums and autoanalyzes so far", rs.getString(1),
                        rs.getLong(2), rs.getLong(3), rs.getLong(4) / 1e6, rs.getLong(5)));
            }
        }
        return String.join("; ", parts);
    }

    /**
     * Deletes every study session and vacuums the table, as {@code Housekeeping} and autovacuum would once the
     * sessions expire (3 h): what the soak's data growth costs, apart from what the JVM learned meanwhile.
     */
    void deleteStudySessions() throws SQLException {
        try (var c = inDatabase(); var s = c.createStatement()) {
            s.execute("DELETE FROM study_session");
            s.execute("VACUUM ANALYZE study_session");
        }
    }

    private Map<String, long[]> scans() throws SQLException {
        var scans = new HashMap<String, long[]>();
        try (var c = inDatabase(); var s = c.createStatement();
                var rs = s.executeQuery("SELECT relname, COALESCE(seq_scan, 0), COALESCE(idx_scan, 0) FROM pg_stat_user_tables")) {
            while (rs.next()) {
                scans.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
            }
        }
        return scans;
    }

    /**
     * A superuser connection to the tool's own database: {@code pg_stat_user_tables} and the tables themselves
     * are per database, while {@link #connection} is in {@code postgres}.
     */
    private Connection inDatabase() throws SQLException {
        return DriverManager.getConnection(connection.getMetaData().getURL().replaceAll("/[^/]*$", "/" + database),
                "postgres", "");
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
