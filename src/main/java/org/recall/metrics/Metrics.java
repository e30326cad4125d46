package org.recall.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.recall.lti.Platform;
import org.recall.lti.launch.LaunchError;

/**
 * The registry behind {@code /metrics}, with the JVM's basics bound, and the counters of the request
 * paths. Recording is an increment on a meter made once: nothing here touches the database or
 * allocates per call, so a launch pays a few nanoseconds for being counted.
 */
@ApplicationScoped
public class Metrics {

    /** Buckets of the request latency histograms, in seconds: a launch is expected well under a second. */
    static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    static final String OK = "ok";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Map<LaunchError, Counter> refusedLaunches = new EnumMap<>(LaunchError.class);
    private final Map<LaunchError, Counter> refusedLogins = new EnumMap<>(LaunchError.class);
    private final Counter okLaunches;
    private final Counter okLogins;
    private final Timer launchOk;
    private final Timer launchRefused;
    private final Counter quizSubmits;
    private final Counter learnerSessions;
    private final Counter instructorSessions;
    private final Counter nrpsOk;
    private final Counter nrpsFailed;
    private final Counter jwksServed;

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        for (LaunchError error : LaunchError.values()) {
            refusedLaunches.put(error, launches(error.name().toLowerCase()));
            refusedLogins.put(error, logins(error.name().toLowerCase()));
        }
        okLaunches = launches(OK);
        okLogins = logins(OK);
        launchOk = launchTimer(OK);
        launchRefused = launchTimer("refused");
        quizSubmits = Counter.builder("recall.quiz.submits").description("Quiz attempts submitted and graded")
                .register(registry);
        learnerSessions = sessions("learner");
        instructorSessions = sessions("instructor");
        nrpsOk = nrps(OK);
        nrpsFailed = nrps("failed");
        jwksServed = Counter.builder("recall.jwks.requests").description("Requests for Recall's own JWKS")
                .register(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** The text Prometheus scrapes (format 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }

    public void launchAccepted(long startNanos) {
        okLaunches.increment();
        launchOk.record(System.nanoTime() - startNanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    public void launchRefused(LaunchError error, long startNanos) {
        refusedLaunches.get(error).increment();
        launchRefused.record(System.nanoTime() - startNanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    public void login(LaunchError refusal) {
        (refusal == null ? okLogins : refusedLogins.get(refusal)).increment();
    }

    public void quizSubmitted() {
        quizSubmits.increment();
    }

    public void sessionOpened(boolean instructor) {
        (instructor ? instructorSessions : learnerSessions).increment();
    }

    public void nrpsRead(boolean ok) {
        (ok ? nrpsOk : nrpsFailed).increment();
    }

    public void jwksServed() {
        jwksServed.increment();
    }

    /** A fetch of a platform's JWKS (first use, cache expiry, or an unknown {@code kid}). */
    public void jwksFetched(Platform platform, boolean ok) {
        Counter.builder("recall.platform.jwks.fetches").description("Fetches of platforms' JWKS by platform and result")
                .tags("platform", Long.toString(platform.id()), "result", ok ? OK : "failed")
                .register(registry).increment();
    }

    private Counter launches(String result) {
        return Counter.builder("recall.launches").description("LTI launches (id_token posts) by result: ok or the refusal reason")
                .tag("result", result).register(registry);
    }

    private Counter logins(String result) {
        return Counter.builder("recall.logins").description("OIDC login initiations by result: ok or the refusal reason")
                .tag("result", result).register(registry);
    }

    private Timer launchTimer(String result) {
        return Timer.builder("recall.launch.duration").description("Time to answer a launch, from the post to the redirect")
                .tag("result", result).serviceLevelObjectives(LATENCY_BUCKETS).register(registry);
    }

    private Counter sessions(String role) {
        return Counter.builder("recall.sessions.opened").description("Study sessions opened by launches")
                .tag("role", role).register(registry);
    }

    private Counter nrps(String result) {
        return Counter.builder("recall.nrps.reads").description("Course rosters read through NRPS (all pages)")
                .tag("result", result).register(registry);
    }

    @PreDestroy
    void close() {
        gc.close();
        registry.close();
    }
}
