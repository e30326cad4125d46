package org.recall.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.recall.it.LaunchFlow;
import org.recall.it.RecallServer;

/**
 * The load benchmark of issue 9: one Recall (Payara Micro, -Xmx512m) on a throwaway PostgreSQL, driven
 * over loopback by fixed thread pools of simulated browsers at rising concurrency. Phases: cold start to
 * first served launch; full LTI launches (login initiation + RS256-signed id_token with the login's
 * nonce + launch post) at 1, 8, 32, 64 clients; launch posts alone with tokens signed before the window;
 * quiz submits at 1, 8, 32, 64 clients; outbox drain of a 10,000-score backlog after the AGS endpoint
 * comes back. Every phase is bounded in time and count. Results go to stdout and target/bench/; the
 * server runs with a JFR recording whose execution samples are summarized per phase ({@link JfrSummary}).
 *
 * <p>Run: {@code mvn -B -Pbench verify}. Knobs (system properties): bench.seconds (10, per launch level),
 * bench.presigned (3000), bench.quiz (comma list of attempts per quiz level), bench.backlog (10000),
 * bench.drain.seconds (120), bench.jfr (true).
 */
public final class LoadBenchmark {

    private static final int[] LEVELS = {1, 8, 32, 64};
    private static final Path OUT = Path.of("target", "bench");
    private static final AtomicLong USERS = new AtomicLong();

    private final PrintStream report;
    private final List<JfrSummary.Phase> phases = new ArrayList<>();
    private final List<String> table = new ArrayList<>();
    private RecallServer server;
    private BenchClient client;
    private AgsEndpoint ags;
    private String dbUrl;
    private BenchPostgres pg;

    private LoadBenchmark(PrintStream report) {
        this.report = report;
    }

    public static void main(String[] args) throws Exception {
        // The test platform's JDK HttpServer (JWKS, AGS token and scores) writes headers and body in
        // separate packets; without TCP_NODELAY each answer waits ~40 ms for the delayed ACK on loopback,
        // and the outbox drain would measure that instead of Recall.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Files.createDirectories(OUT);
        try (var file = new PrintStream(Files.newOutputStream(OUT.resolve("results.txt")), true);
                var tee = new PrintStream(new TeeStream(System.out, file), true)) {
            new LoadBenchmark(tee).run();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        say("Load average at start: " + loadAverage() + "; " + Runtime.getRuntime().availableProcessors() + " cores; "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        try (var pg = BenchPostgres.start()) {
            this.pg = pg;
            dbUrl = pg.jdbcUrl();
            say("PostgreSQL on " + dbUrl);
            List<String> jvm = new ArrayList<>();
            Path jfr = OUT.resolve("recall.jfr").toAbsolutePath();
            if (Boolean.parseBoolean(System.getProperty("bench.jfr", "true"))) {
                Files.deleteIfExists(jfr);
                jvm.add("-XX:StartFlightRecording=filename=" + jfr + ",dumponexit=true,settings=profile");
            }
            long t0 = System.nanoTime();
            server = RecallServer.start(Map.of("RECALL_DB_URL", dbUrl, "RECALL_DB_USER", "recall",
                    "RECALL_DB_PASSWORD", "recall"), jvm);
            long healthy = System.nanoTime() - t0;
            var flow = LaunchFlow.register(server);
            client = new BenchClient(server, flow);
            ags = new AgsEndpoint(flow.platform());
            fullLaunch(new Latencies[3]);
            long firstLaunch = System.nanoTime() - t0;
            say(String.format("Cold start: healthy after %.1f s, first launch served after %.1f s (process start to 303)",
                    healthy / 1e9, firstLaunch / 1e9));
            table.add(String.format("| cold start to first served launch | %.1f s (healthy at %.1f s) |", firstLaunch / 1e9,
                    healthy / 1e9));
            var memory = new MemorySampler(server.pid());
            memory.start();
            try {
                launches();
                requireAlive();
                presignedLaunches();
                requireAlive();
                quizSubmits();
                requireAlive();
                drain();
                requireAlive();
            } finally {
                memory.stop();
                long hwm = ProcStatus.kib(server.pid(), "VmHWM");
                say(String.format("Recall process peak RSS (VmHWM): %.0f MiB; highest VmRSS sampled under load: %.0f MiB",
                        hwm / 1024.0, memory.peakKib() / 1024.0));
                table.add(String.format("| peak RSS of the Recall process (VmHWM) | %.0f MiB |", hwm / 1024.0));
                flow.close();
                server.close();
            }
            say("\nSummary\n| measure | value |\n|---|---|");
            table.forEach(this::say);
            say("Load average at end: " + loadAverage());
            if (Files.exists(jfr)) {
                JfrSummary.write(jfr, phases, OUT.resolve("profile.txt"));
                say("JFR execution samples per phase: " + OUT.resolve("profile.txt"));
            }
        }
    }

    // ---- launches ------------------------------------------------------------------------------

    /** One launch as a platform and browser do it; parts[0..2] get login, sign and post latencies. */
    private void fullLaunch(Latencies[] parts) throws IOException, InterruptedException {
        long a = System.nanoTime();
        var login = client.login();
        long b = System.nanoTime();
        String token = client.sign(login, BenchClient.student("bench-" + USERS.incrementAndGet(), "bench-launch", null));
        long c = System.nanoTime();
        client.launch(login, token);
        long d = System.nanoTime();
        if (parts[0] != null) {
            parts[0].add(b - a);
            parts[1].add(c - b);
            parts[2].add(d - c);
        }
    }

    private void launches() throws Exception {
        long seconds = Long.getLong("bench.seconds", 10);
        say("\nFull launches (login + sign + post timed), " + seconds + " s per level after 3 s warm-up");
        say("clients |   count | errs |  launch/s |  p50 ms |  p95 ms |  p99 ms |  max ms | login p50/p99 | sign p50 | post p50/p99 | server CPU | client CPU");
        for (int clients : LEVELS) {
            Latencies[] warm = {new Latencies(), new Latencies(), new Latencies()};
            timed(clients, Duration.ofSeconds(3), new Latencies(), () -> fullLaunch(warm));
            Latencies[] parts = {new Latencies(), new Latencies(), new Latencies()};
            var total = new Latencies();
            var cpu = Cpu.start(server.pid());
            Instant from = Instant.now();
            long wall = timed(clients, Duration.ofSeconds(seconds), total, () -> fullLaunch(parts));
            phases.add(new JfrSummary.Phase("launch-" + clients, from, Instant.now()));
            var s = total.summary(wall);
            var login = parts[0].summary(wall);
            var sign = parts[1].summary(wall);
            var post = parts[2].summary(wall);
            say(String.format("%7d | %s | %5.1f/%5.1f | %8.2f | %5.1f/%5.1f | %s", clients, s.row(), login.p50(), login.p99(),
                    sign.p50(), post.p50(), post.p99(), cpu.stop(wall)));
            requireAlive();
            if (clients == 64) {
                table.add(String.format("| full launches at 64 clients | %.0f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d errors |",
                        s.perSecond(), s.p50(), s.p95(), s.p99(), s.errors()));
            }
        }
    }

    /** Logins and signatures before the window; the window holds only the launch posts, at 64 clients. */
    private void presignedLaunches() throws Exception {
        int count = Integer.getInteger("bench.presigned", 3000);
        var ready = new ConcurrentLinkedQueue<String[]>();
        prepare(count, () -> {
            var login = client.login();
            String token = client.sign(login, BenchClient.student("bench-" + USERS.incrementAndGet(), "bench-launch", null));
            ready.add(new String[] {login.state(), login.nonce(), login.cookie(), token});
        });
        var latencies = new Latencies();
        var cpu = Cpu.start(server.pid());
        Instant from = Instant.now();
        long wall = drainQueue(64, ready, latencies, item ->
                client.launch(new BenchClient.Login(item[0], item[1], item[2]), item[3]));
        phases.add(new JfrSummary.Phase("launch-post-presigned-64", from, Instant.now()));
        var s = latencies.summary(wall);
        say("\nLaunch posts alone at 64 clients (" + count + " logins and RS256 signatures done before the window)");
        say("clients |   count | errs |  launch/s |  p50 ms |  p95 ms |  p99 ms |  max ms | server CPU | client CPU");
        say(String.format("%7d | %s | %s", 64, s.row(), cpu.stop(wall)));
        table.add(String.format("| launch posts alone (pre-signed) at 64 clients | %.0f/s, p50 %.1f ms, p99 %.1f ms, %d errors |",
                s.perSecond(), s.p50(), s.p99(), s.errors()));
    }

    // ---- quiz ----------------------------------------------------------------------------------

    private void quizSubmits() throws Exception {
        String[] sizes = System.getProperty("bench.quiz", "300,600,1500,2500").split(",");
        // Scores queue up while the AGS endpoint is down; the drain phase measures their delivery.
        ags.down();
        say("\nQuiz submits (one graded attempt per student; launch and attempt start before the window; AGS endpoint down)");
        say("clients |   count | errs |  submit/s |  p50 ms |  p95 ms |  p99 ms |  max ms | server CPU | client CPU");
        for (int i = 0; i < LEVELS.length; i++) {
            int clients = LEVELS[i];
            int count = Integer.parseInt(sizes[i].trim());
            var ready = new ConcurrentLinkedQueue<BenchClient.OpenAttempt>();
            prepare(count, () -> {
                var login = client.login();
                String token = client.sign(login, BenchClient.student("quiz-" + USERS.incrementAndGet(), "bench-quiz",
                        ags.claim()));
                ready.add(client.startAttempt(client.launch(login, token)));
            });
            var latencies = new Latencies();
            var cpu = Cpu.start(server.pid());
            Instant from = Instant.now();
            long wall = drainQueue(clients, ready, latencies, client::submit);
            phases.add(new JfrSummary.Phase("quiz-" + clients, from, Instant.now()));
            var s = latencies.summary(wall);
            say(String.format("%7d | %s | %s", clients, s.row(), cpu.stop(wall)));
            requireAlive();
            if (clients == 64) {
                table.add(String.format("| quiz submits at 64 clients | %.0f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d errors |",
                        s.perSecond(), s.p50(), s.p95(), s.p99(), s.errors()));
            }
        }
    }

    // ---- outbox drain ----------------------------------------------------------------------------

    private void drain() throws Exception {
        int backlog = Integer.getInteger("bench.backlog", 10_000);
        long limit = Long.getLong("bench.drain.seconds", 120);
        try (Connection c = DriverManager.getConnection(dbUrl, "recall", "recall")) {
            long queued = count(c, "SELECT COUNT(*) FROM grade_outbox WHERE status = 'PENDING'");
            long seed = Math.max(0, backlog - queued);
            // The rest of the backlog: copies of a real queued score (same platform, activity, line item),
            // one per made-up student, due now, as if they had queued while the platform was down.
            try (var s = c.prepareStatement("INSERT INTO grade_outbox (platform_id, activity_id, user_sub, lineitem_url,"
                    + " lineitems_url, scopes, score_given, score_maximum, activity_progress, grading_progress, comment,"
                    + " score_timestamp, status, attempts, next_attempt_at, created_at)"
                    + " SELECT t.platform_id, t.activity_id, 'seed-' || g, t.lineitem_url, t.lineitems_url, t.scopes,"
                    + " t.score_given, t.score_maximum, t.activity_progress, t.grading_progress, t.comment, now(),"
                    + " 'PENDING', 0, now(), now() FROM grade_outbox t, generate_series(1, ?) g"
                    + " WHERE t.id = (SELECT MIN(id) FROM grade_outbox)")) {
                s.setLong(1, seed);
                s.executeUpdate();
            }
            long pending = count(c, "SELECT COUNT(*) FROM grade_outbox WHERE status = 'PENDING'");
            say(String.format("%nOutbox drain: %d scores pending (%d from the quiz phases, %d copied by SQL); AGS endpoint up now",
                    pending, queued, seed));
            long before = ags.scoresAccepted();
            ags.up();
            var cpu = Cpu.start(server.pid());
            Instant from = Instant.now();
            long t0 = System.nanoTime();
            long left = pending;
            long bestSecond = 0;
            long last = before;
            while (left > 0 && System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(limit)) {
                Thread.sleep(1000);
                long now = ags.scoresAccepted();
                bestSecond = Math.max(bestSecond, now - last);
                last = now;
                left = count(c, "SELECT COUNT(*) FROM grade_outbox WHERE status = 'PENDING'");
            }
            long wall = System.nanoTime() - t0;
            phases.add(new JfrSummary.Phase("drain", from, Instant.now()));
            long delivered = ags.scoresAccepted() - before;
            double rate = delivered / (wall / 1e9);
            String drained = left == 0 ? String.format("drained in %.1f s", wall / 1e9)
                    : String.format("%d still pending after the %d s limit; at this rate the backlog drains in %.0f s",
                            left, limit, pending / Math.max(rate, 0.001));
            say(String.format("Delivered %d scores in %.1f s: %.0f scores/s (best second %d); %s; %s", delivered,
                    wall / 1e9, rate, bestSecond, drained, cpu.stop(wall)));
            table.add(String.format("| outbox drain to loopback AGS | %.0f scores/s (best second %d); %s |", rate, bestSecond,
                    drained));
        }
    }

    /** Stops the run when the server or its database is gone: the numbers after that would mean nothing. */
    private void requireAlive() {
        boolean server = ProcessHandle.of(this.server.pid()).map(ProcessHandle::isAlive).orElse(false);
        boolean database = pg.isRunning();
        if (!server || !database) {
            throw new IllegalStateException("Stopped: the Recall process " + (server ? "runs" : "is gone") + ", PostgreSQL "
                    + (database ? "runs" : "is gone") + " (see target/recall-server-*.log and target/bench/postgres.log)");
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---- drivers -------------------------------------------------------------------------------

    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    @FunctionalInterface
    interface ItemStep<T> {
        void run(T item) throws Exception;
    }

    /** {@code clients} threads repeat {@code step} until {@code length} has passed; answers the wall time. */
    private static long timed(int clients, Duration length, Latencies latencies, Step step) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + length.toNanos();
        for (int i = 0; i < clients; i++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    long a = System.nanoTime();
                    try {
                        step.run();
                        latencies.add(System.nanoTime() - a);
                    } catch (Exception e) {
                        latencies.error();
                        firstError(e);
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(length.toSeconds() + 60, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        return System.nanoTime() - start;
    }

    /** {@code clients} threads take items until the queue is empty; answers the wall time. */
    private static <T> long drainQueue(int clients, ConcurrentLinkedQueue<T> items, Latencies latencies, ItemStep<T> step)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            pool.execute(() -> {
                T item;
                while ((item = items.poll()) != null) {
                    long a = System.nanoTime();
                    try {
                        step.run(item);
                        latencies.add(System.nanoTime() - a);
                    } catch (Exception e) {
                        latencies.error();
                        firstError(e);
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(300, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        return System.nanoTime() - start;
    }

    /** Prepares {@code count} items with 8 threads, outside any measured window. */
    private void prepare(int count, Step step) throws InterruptedException {
        long t0 = System.nanoTime();
        var tickets = new ConcurrentLinkedQueue<Integer>();
        for (int i = 0; i < count; i++) {
            tickets.add(i);
        }
        var failures = new Latencies();
        var first = new java.util.concurrent.atomic.AtomicReference<Exception>();
        drainQueue(8, tickets, failures, ticket -> {
            try {
                step.run();
            } catch (Exception e) {
                first.compareAndSet(null, e);
                throw e;
            }
        });
        long failed = failures.summary(1).errors();
        say(String.format("  (prepared %d in %.1f s, %d failed%s)", count - failed, (System.nanoTime() - t0) / 1e9, failed,
                first.get() == null ? "" : ": first failure " + first.get()));
    }

    private static final AtomicLong ERRORS_SHOWN = new AtomicLong();

    private static void firstError(Exception e) {
        if (ERRORS_SHOWN.incrementAndGet() <= 5) {
            System.err.println("request failed: " + e);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private void say(String line) {
        report.println(line);
    }
}
