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
        Files.deleteIfExists(OUT.resolve("sql.txt"));
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
            // Gone whether or not this run records: an earlier run's recording is not this run's profile.
            Files.deleteIfExists(jfr);
            if (Boolean.parseBoolean(System.getProperty("bench.jfr", "true"))) {
                // JFR's "default" settings, made to stay on in production (a sample every 20 ms): "profile" also
                // records every park, lock wait and socket read over 10 ms with its stack, and the run measured
                // under it is not the run a user gets (docs/benchmarks.md, "Drift").
                jvm.add("-XX:StartFlightRecording=filename=" + jfr + ",dumponexit=true,settings=default");
            }
            // bench.server.jvm: JVM options of the Recall process under test (space-separated), e.g. a GC.
            String serverJvm = System.getProperty("bench.server.jvm", "").trim();
            if (!serverJvm.isEmpty()) {
                jvm.addAll(List.of(serverJvm.split("\\s+")));
            }
            say("Recall's JVM: " + System.getProperty("recall.server.java", "this JVM") + " " + jvm);
            long t0 = System.nanoTime();
            server = RecallServer.start(Map.of("RECALL_DB_URL", dbUrl, "RECALL_DB_USER", "recall",
                    "RECALL_DB_PASSWORD", "recall"), jvm);
            long healthy = System.nanoTime() - t0;
            LaunchFlow flow;
            try {
                flow = LaunchFlow.register(server);
                client = new BenchClient(server, flow);
                ags = new AgsEndpoint(flow.platform());
                fullLaunch(new Latencies[3]);
            } catch (Exception | Error e) {
                server.close(); // the run stops here: leave no server behind
                throw e;
            }
            long firstLaunch = System.nanoTime() - t0;
            say(String.format("Cold start: healthy after %.1f s, first launch served after %.1f s (process start to 303)",
                    healthy / 1e9, firstLaunch / 1e9));
            table.add(String.format("| cold start to first served launch | %.1f s (healthy at %.1f s) |", firstLaunch / 1e9,
                    healthy / 1e9));
            var coursePlatform = new CoursePlatform(flow.platform(), server.uri("/lti/launch"));
            var recall = new CourseBrowser(new CourseBrowser.Tool("Recall", server.base(), "/lti/login",
                    org.recall.testplatform.TestPlatform.CLIENT_ID, org.recall.testplatform.TestPlatform.DEPLOYMENT_ID),
                    coursePlatform);
            var memory = new MemorySampler(server.pid());
            memory.start();
            try (var sql = new SqlCounter(pg.jdbcUrl("postgres"), "recall_bench")) {
                var course = new CourseLoad(recall, server.pid(), pg, sql, this::say);
                if (enabled("coldstart")) {
                    coldStart(course);
                }
                if (enabled("fresh")) {
                    launches();
                    requireAlive();
                    presignedLaunches();
                    requireAlive();
                }
                List<CourseLoad.Result> steady = enabled("course") ? courseLevels(course, "after warm-up") : List.of();
                requireAlive();
                if (enabled("quiz")) {
                    quizSubmits(sql);
                    requireAlive();
                }
                if (enabled("drain")) {
                    drain();
                    requireAlive();
                }
                if (enabled("ltijs")) {
                    reference(steady);
                    requireAlive();
                }
                if (enabled("soak")) {
                    soak(recall, steady, course, sql);
                }
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

    // ---- course pattern (issue 13) --------------------------------------------------------------

    private static final int[] COURSE_LEVELS = {1, 16, 64};

    private boolean enabled(String phase) {
        String phases = System.getProperty("bench.phases", "all");
        return phases.equals("all") || List.of(phases.split(",")).contains(phase);
    }

    /** Throughput over time from a cold start, at 16 clients (the JVM has served one launch so far). */
    private void coldStart(CourseLoad course) throws Exception {
        int seconds = Integer.getInteger("bench.coldstart.seconds", 60);
        int window = 5;
        say("\nCourse pattern from a cold start, 16 clients, " + window + " s windows (no warm-up)");
        Instant from = Instant.now();
        coldRates = course.series(16, Duration.ofSeconds(window), seconds / window);
        phases.add(new JfrSummary.Phase("course-coldstart-16", from, Instant.now()));
    }

    private double[] coldRates;

    private List<CourseLoad.Result> courseLevels(CourseLoad course, String when) throws Exception {
        long seconds = Long.getLong("bench.seconds", 10);
        say("\nCourse pattern (" + when + "): 64 students relaunching into 8 activities; login GET, platform"
                + " authorization (RS256 signature), id_token POST, study page; " + seconds + " s per level after 3 s warm-up");
        say(CourseLoad.HEADER);
        var results = new ArrayList<CourseLoad.Result>();
        for (int clients : COURSE_LEVELS) {
            Instant from = Instant.now();
            var r = course.measure(clients, Duration.ofSeconds(3), Duration.ofSeconds(seconds), OUT.resolve("sql.txt"));
            phases.add(new JfrSummary.Phase("course-" + clients + (when.contains("deleted") ? "-sessions-deleted"
                    : when.startsWith("after soak") ? "-after-soak" : ""), from, Instant.now()));
            results.add(r);
            requireAlive();
        }
        var r64 = results.get(results.size() - 1);
        say("  sequential scans at 64 clients: " + r64.seqScans() + " (statements per table: target/bench/sql.txt)");
        table.add(String.format("| course pattern at 64 clients (%s) | %.0f launches/s, p50 %.1f ms, p99 %.1f ms, %d errors;"
                + " Recall %.2f ms CPU/launch, PostgreSQL %.2f ms CPU/launch, %.2f SQL statements/launch |", when,
                r64.summary().perSecond(), r64.summary().p50(), r64.summary().p99(), r64.summary().errors(),
                r64.toolMsPerLaunch(), r64.pgMsPerLaunch(), r64.sqlPerLaunch()));
        if (coldRates != null && when.equals("after warm-up")) {
            double steady16 = results.get(1).summary().perSecond();
            int at30 = Math.min(coldRates.length - 1, 30 / 5);
            say(String.format("  cold start: %.0f launches/s in the window 30-35 s after the first load, %.0f%% of the"
                    + " steady %.0f/s at 16 clients", coldRates[at30], 100 * coldRates[at30] / steady16, steady16));
            table.add(String.format("| throughput 30 s after a cold start / steady (16 clients) | %.0f / %.0f launches/s = %.0f%% |",
                    coldRates[at30], steady16, 100 * coldRates[at30] / steady16));
        }
        return results;
    }

    /** The same load against the ltijs reference tool, same machine, same database cluster, same run. */
    private void reference(List<CourseLoad.Result> recall) throws Exception {
        var platform = new org.recall.testplatform.TestPlatform(2, "https://lms-ltijs.test", server.base());
        try (var ltijs = LtijsReference.start(pg, platform);
                var sql = new SqlCounter(pg.jdbcUrl("postgres"), BenchPostgres.LTIJS_DATABASE)) {
            var coursePlatform = new CoursePlatform(platform, ltijs.base().resolve("/"));
            var browser = new CourseBrowser(new CourseBrowser.Tool("ltijs", ltijs.base(), "/login",
                    org.recall.testplatform.TestPlatform.CLIENT_ID, org.recall.testplatform.TestPlatform.DEPLOYMENT_ID),
                    coursePlatform);
            var course = new CourseLoad(browser, ltijs.pid(), pg, sql, this::say);
            long seconds = Long.getLong("bench.seconds", 10);
            say("\nReference: ltijs 5.9.9 on PostgreSQL (Node " + nodeVersion() + "), the same course pattern, "
                    + seconds + " s per level after a 10 s warm-up at 16 clients and 3 s per level");
            LoadBenchmark.timed(16, Duration.ofSeconds(10), new Latencies(), () -> browser.next(null));
            say(CourseLoad.HEADER);
            for (int i = 0; i < COURSE_LEVELS.length; i++) {
                var r = course.measure(COURSE_LEVELS[i], Duration.ofSeconds(3), Duration.ofSeconds(seconds),
                        OUT.resolve("sql.txt"));
                if (r.summary().errors() > 0) {
                    // A broken reference is no comparison: say so instead of a ratio (its first error is above).
                    say(String.format("  ltijs reference FAILED at %d clients: %d errors in %d launches; no ratio",
                            COURSE_LEVELS[i], r.summary().errors(), r.summary().count() + r.summary().errors()));
                    table.add("| ltijs reference, same run | **failed** (" + r.summary().errors() + " errors at "
                            + COURSE_LEVELS[i] + " clients, see results.txt) |");
                    break;
                }
                if (i < recall.size()) {
                    double ratio = recall.get(i).summary().perSecond() / Math.max(r.summary().perSecond(), 0.001);
                    say(String.format("  Recall / ltijs at %d clients: %.1fx launches/s; CPU per launch %.2f ms vs %.2f ms",
                            COURSE_LEVELS[i], ratio, recall.get(i).toolMsPerLaunch(), r.toolMsPerLaunch()));
                    if (COURSE_LEVELS[i] == 64) {
                        table.add(String.format("| ltijs reference at 64 clients, same run | %.0f launches/s, p99 %.1f ms, %.2f ms"
                                + " CPU/launch, %.2f SQL/launch; Recall / ltijs = **%.1fx** |", r.summary().perSecond(),
                                r.summary().p99(), r.toolMsPerLaunch(), r.sqlPerLaunch(), ratio));
                    }
                }
            }
        } finally {
            platform.close();
        }
    }

    private static String nodeVersion() {
        try {
            var p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            return new String(p.getInputStream().readAllBytes()).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Mixed traffic for bench.soak.minutes (20), then the course pattern again, compared with before. */
    private void soak(CourseBrowser recall, List<CourseLoad.Result> before, CourseLoad course, SqlCounter sql) throws Exception {
        int minutes = Integer.getInteger("bench.soak.minutes", 20);
        int clients = Integer.getInteger("bench.soak.clients", 32);
        ags.up();
        recall.platform().gradeServiceAt(ags.claim());
        say("\nSoak: " + minutes + " min of mixed traffic at " + clients + " clients (course launches with an AGS claim,"
                + " study API calls, a quiz every fourth round, grades delivered to the loopback gradebook)");
        say("PostgreSQL's largest tables before the soak: " + sql.largestTables(4));
        Instant from = Instant.now();
        new Soak(server, recall, client, ags, this::say).run(clients, Duration.ofMinutes(minutes));
        phases.add(new JfrSummary.Phase("soak", from, Instant.now()));
        say("PostgreSQL's largest tables after the soak: " + sql.largestTables(4));
        recall.platform().gradeServiceAt(null);
        requireAlive();
        var after = courseLevels(course, "after soak of " + minutes + " min");
        compare(before, after, "after the soak");
        // What the soak's rows cost PostgreSQL and Recall, apart from what the JVM learned from the mixed traffic.
        sql.deleteStudySessions();
        say("\nStudy sessions deleted and the table vacuumed: " + sql.largestTables(2));
        compare(before, courseLevels(course, "after soak of " + minutes + " min, study sessions deleted"),
                "after the soak with the sessions deleted");
        if (!before.isEmpty() && !after.isEmpty()) {
            int last = Math.min(before.size(), after.size()) - 1;
            table.add(String.format("| CPU per launch after a %d-min soak / before (64 clients) | %.2f / %.2f ms = %+.0f%% |",
                    minutes, after.get(last).toolMsPerLaunch(), before.get(last).toolMsPerLaunch(),
                    100 * (after.get(last).toolMsPerLaunch() / before.get(last).toolMsPerLaunch() - 1)));
        }
    }

    private void compare(List<CourseLoad.Result> before, List<CourseLoad.Result> after, String when) {
        for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
            say(String.format("  %d clients: Recall CPU per launch %.2f ms %s, %.2f ms before (%+.0f%%); PostgreSQL %.2f ms,"
                    + " %.2f before; %.0f launches/s, %.0f before", COURSE_LEVELS[i], after.get(i).toolMsPerLaunch(), when,
                    before.get(i).toolMsPerLaunch(), 100 * (after.get(i).toolMsPerLaunch() / before.get(i).toolMsPerLaunch() - 1),
                    after.get(i).pgMsPerLaunch(), before.get(i).pgMsPerLaunch(),
                    after.get(i).summary().perSecond(), before.get(i).summary().perSecond()));
        }
    }

    // ---- quiz ----------------------------------------------------------------------------------

    private void quizSubmits(SqlCounter sql) throws Exception {
        String[] sizes = System.getProperty("bench.quiz", "300,600,1500,2500").split(",");
        // Scores queue up while the AGS endpoint is down; the drain phase measures their delivery.
        ags.down();
        say("\nQuiz submits (one graded attempt per student; launch and attempt start before the window; AGS endpoint down)");
        say("clients |   count | errs |  submit/s |  p50 ms |  p95 ms |  p99 ms |  max ms | server CPU | client CPU"
                + " | PG CPU | Recall ms/submit | PG ms/submit");
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
            long pg0 = pg.cpuTicks();
            sql.start();
            Instant from = Instant.now();
            long wall = drainQueue(clients, ready, latencies, client::submit);
            phases.add(new JfrSummary.Phase("quiz-" + clients, from, Instant.now()));
            var s = latencies.summary(wall);
            // Whether a submit waits for the cores or for something else: PostgreSQL's share of the machine too.
            double pgSeconds = (pg.cpuTicks() - pg0) / (double) ProcStatus.TICKS;
            double recallSeconds = cpu.serverSeconds();
            say(String.format("%7d | %s | %s | %5.0f%% | %16.2f | %12.2f", clients, s.row(), cpu.stop(wall),
                    pgSeconds * 100 / (wall / 1e9), recallSeconds * 1000 / s.count(), pgSeconds * 1000 / s.count()));
            var counts = sql.stop();
            counts.write(OUT.resolve("sql.txt"), "Recall quiz submits, " + clients + " clients", s.count());
            say(String.format("        %.2f statements per submit, sequential scans: %s", counts.perOperation(s.count()),
                    counts.seqScans()));
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
    static long timed(int clients, Duration length, Latencies latencies, Step step) throws InterruptedException {
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

    static void firstError(Exception e) {
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
