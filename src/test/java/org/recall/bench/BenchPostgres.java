package org.recall.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A throwaway PostgreSQL cluster for one benchmark run, as {@code .ci/run} starts one: initdb and
 * pg_ctl as the {@code postgres} user (PostgreSQL refuses to run as root), listening on 127.0.0.1 only,
 * a free port, a database {@code recall_bench} owned by {@code recall}. Removed by {@link #close()}.
 */
final class BenchPostgres implements AutoCloseable {

    private final Path bin;
    private final Path dir;
    private final int port;

    private BenchPostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    static BenchPostgres start() throws IOException, InterruptedException {
        Path bin = Path.of(System.getProperty("bench.pg.bin", "/usr/lib/postgresql/15/bin"));
        if (!Files.isExecutable(bin.resolve("initdb"))) {
            throw new IllegalStateException("No PostgreSQL at " + bin + " (apt-get install postgresql, or -Dbench.pg.bin=...)");
        }
        Path dir = Files.createTempDirectory("recall-bench-pg-");
        int port = choosePort();
        var pg = new BenchPostgres(bin, dir, port);
        Runtime.getRuntime().addShutdownHook(new Thread(pg::close));
        run("chown", "postgres", dir.toString());
        pg.asPostgres(bin.resolve("initdb") + " -D " + dir.resolve("data") + " -A trust -U postgres");
        // Settings as a small production server would have them, except fsync (a throwaway cluster).
        // bench.pg.sharedBuffers: a larger buffer cache, to tell its size from the data's (docs/benchmarks.md, "Drift").
        String sharedBuffers = System.getProperty("bench.pg.sharedBuffers", "128MB");
        if (!sharedBuffers.matches("[0-9]+[kMG]B")) {
            throw new IllegalArgumentException("bench.pg.sharedBuffers: a size such as 128MB, not " + sharedBuffers);
        }
        pg.asPostgres(bin.resolve("pg_ctl") + " -D " + dir.resolve("data") + " -w -l " + dir.resolve("server.log")
                + " -o '-c listen_addresses=127.0.0.1 -p " + port + " -k " + dir
                + " -c max_connections=200 -c shared_buffers=" + sharedBuffers + " -c fsync=off"
                // pg_stat_statements counts the statements each launch costs (SqlCounter).
                + " -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=top'" + " start");
        pg.psql("postgres", "CREATE USER recall PASSWORD 'recall'", "CREATE DATABASE recall_bench OWNER recall",
                "CREATE DATABASE " + LTIJS_DATABASE + " OWNER recall");
        pg.psql("postgres", "CREATE EXTENSION pg_stat_statements");
        return pg;
    }

    /** The database of the ltijs reference tool, in the same cluster. */
    static final String LTIJS_DATABASE = "ltijs_bench";

    /**
     * The port: {@code bench.pg.port} (55443 by default, outside the range other sessions' clusters use on
     * this shared machine), or a free one when that is taken.
     */
    private static int choosePort() throws IOException {
        int wanted = Integer.getInteger("bench.pg.port", 55443);
        try (var socket = new ServerSocket(wanted, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException taken) {
            try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }
    }

    private void psql(String database, String... commands) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<>(List.of(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p",
                Integer.toString(port), "-U", "postgres", "-d", database, "-q"));
        for (String c : commands) {
            command.add("-c");
            command.add(c);
        }
        run(command.toArray(String[]::new));
    }

    /** JDBC URL of a database of this cluster. */
    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /**
     * CPU time of the whole cluster in clock ticks: the postmaster, its live backends and workers, and the
     * children it has reaped (their time is added to its cutime and cstime).
     */
    long cpuTicks() {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(dir.resolve("data").resolve("postmaster.pid")).get(0).trim());
            long total = ProcStatus.cpuTicksWithChildren(postmaster);
            for (long child : ProcStatus.children(postmaster)) {
                total += ProcStatus.cpuTicks(child);
            }
            return total;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    String jdbcUrl() {
        return jdbcUrl("recall_bench");
    }

    /** Whether the postmaster still runs (other sessions on this machine start and stop their own). */
    boolean isRunning() {
        try {
            asPostgres(bin.resolve("pg_ctl") + " -D " + dir.resolve("data") + " status");
            return true;
        } catch (IOException | InterruptedException | IllegalStateException e) {
            return false;
        }
    }

    /** Peak resident memory of the postmaster and its backends is not summed here; see the report. */
    int port() {
        return port;
    }

    private void asPostgres(String command) throws IOException, InterruptedException {
        run("su", "postgres", "-s", "/bin/sh", "-c", command);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    @Override
    public synchronized void close() {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.copy(dir.resolve("server.log"), Path.of("target", "bench", "postgres.log"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // no log
        }
        try {
            asPostgres(bin.resolve("pg_ctl") + " -D " + dir.resolve("data") + " -m immediate stop");
        } catch (IOException | InterruptedException | IllegalStateException e) {
            // already stopped
        }
        try {
            run("rm", "-rf", dir.toString());
        } catch (IOException | InterruptedException e) {
            // left in /tmp
        }
    }
}
