package org.recall.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Measures the course pattern ({@link CourseBrowser}) against one tool at a number of clients: launches
 * per second and latency of the whole launch (four requests), the tool's and PostgreSQL's CPU per launch
 * (from /proc), statements per launch and table scans (from PostgreSQL's counters), and the CPU the JIT's
 * C2 compiler threads took in the window (a JVM still compiling is not warm yet).
 */
final class CourseLoad {

    /** One measured level. */
    record Result(String tool, int clients, Latencies.Summary summary, double toolMsPerLaunch, double pgMsPerLaunch,
            double sqlPerLaunch, String seqScans, double compilerPercent) {
    }

    static final String HEADER = "clients |   count | errs |  launch/s |  p50 ms |  p95 ms |  p99 ms |  max ms |"
            + " login/platform/post/page p50 ms | tool CPU | CPU ms/launch | PG ms/launch | SQL/launch | C2 CPU | client CPU";

    private final CourseBrowser browser;
    private final long toolPid;
    private final BenchPostgres pg;
    private final SqlCounter sql;
    private final Consumer<String> say;

    CourseLoad(CourseBrowser browser, long toolPid, BenchPostgres pg, SqlCounter sql, Consumer<String> say) {
        this.browser = browser;
        this.toolPid = toolPid;
        this.pg = pg;
        this.sql = sql;
        this.say = say;
    }

    /** Warms up for {@code warmUp}, then measures {@code length} at {@code clients}; prints one row. */
    Result measure(int clients, Duration warmUp, Duration length, Path sqlReport) throws Exception {
        if (!warmUp.isZero()) {
            LoadBenchmark.timed(clients, warmUp, new Latencies(), () -> browser.next(null));
        }
        Latencies[] steps = {new Latencies(), new Latencies(), new Latencies(), new Latencies()};
        var total = new Latencies();
        sql.start();
        long tool0 = ProcStatus.cpuTicks(toolPid);
        long pg0 = pg.cpuTicks();
        long c2 = ProcStatus.threadTicks(toolPid, "C2 CompilerThre");
        long client0 = ProcStatus.cpuTicks(ProcessHandle.current().pid());
        long wall = LoadBenchmark.timed(clients, length, total, () -> browser.next(steps));
        long toolTicks = ProcStatus.cpuTicks(toolPid) - tool0;
        long pgTicks = pg.cpuTicks() - pg0;
        long c2Ticks = c2 < 0 ? 0 : ProcStatus.threadTicks(toolPid, "C2 CompilerThre") - c2;
        long clientTicks = ProcStatus.cpuTicks(ProcessHandle.current().pid()) - client0;
        var counts = sql.stop();
        var s = total.summary(wall);
        long n = Math.max(s.count(), 1);
        double seconds = wall / 1e9;
        double toolMs = toolTicks * 1000.0 / ProcStatus.TICKS / n;
        double pgMs = pgTicks * 1000.0 / ProcStatus.TICKS / n;
        double c2Percent = c2Ticks * 100.0 / ProcStatus.TICKS / seconds;
        counts.write(sqlReport, browser.tool().name() + " course pattern, " + clients + " clients", s.count());
        say.accept(String.format("%7d | %s | %6.1f/%5.1f/%5.1f/%5.1f     | %7.0f%% | %13.2f | %12.2f | %10.2f | %5.0f%% | %9.0f%%",
                clients, s.row(), steps[0].summary(wall).p50(), steps[1].summary(wall).p50(), steps[2].summary(wall).p50(),
                steps[3].summary(wall).p50(), toolTicks * 100.0 / ProcStatus.TICKS / seconds, toolMs, pgMs,
                counts.perOperation(s.count()), c2Percent, clientTicks * 100.0 / ProcStatus.TICKS / seconds));
        return new Result(browser.tool().name(), clients, s, toolMs, pgMs, counts.perOperation(s.count()), counts.seqScans(),
                c2Percent);
    }

    /**
     * Throughput over time from a cold start: {@code windows} back-to-back windows of {@code window} at
     * {@code clients}, no warm-up, one row per window. Answers launches/s per window.
     */
    double[] series(int clients, Duration window, int windows) throws Exception {
        say.accept("  window (s from first load) | launches | launch/s | p99 ms | tool CPU | CPU ms/launch | C2 CPU");
        double[] rates = new double[windows];
        for (int i = 0; i < windows; i++) {
            var latencies = new Latencies();
            long tool0 = ProcStatus.cpuTicks(toolPid);
            long c2 = ProcStatus.threadTicks(toolPid, "C2 CompilerThre");
            long wall = LoadBenchmark.timed(clients, window, latencies, () -> browser.next(null));
            long toolTicks = ProcStatus.cpuTicks(toolPid) - tool0;
            long c2Ticks = ProcStatus.threadTicks(toolPid, "C2 CompilerThre") - c2;
            var s = latencies.summary(wall);
            rates[i] = s.perSecond();
            double seconds = wall / 1e9;
            say.accept(String.format("  %11d-%-14d | %8d | %8.0f | %6.1f | %7.0f%% | %13.2f | %5.0f%%",
                    i * window.toSeconds(), (i + 1) * window.toSeconds(), s.count(), s.perSecond(), s.p99(),
                    toolTicks * 100.0 / ProcStatus.TICKS / seconds,
                    toolTicks * 1000.0 / ProcStatus.TICKS / Math.max(s.count(), 1), c2Ticks * 100.0 / ProcStatus.TICKS / seconds));
        }
        return rates;
    }
}
