package org.recall.grade;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recall.lti.ags.AgsClient;
import org.recall.lti.keys.ToolKeys;
import org.recall.store.Migrations;
import org.recall.store.PlatformTable;
import org.recall.store.ServiceOriginTable;
import org.recall.store.Sql;

/**
 * The outbox worker of this instance: polls {@code grade_outbox} every {@code recall.grades.poll-interval}
 * (500 ms) on the container's default managed scheduled executor, and at once when {@link #wakeUp()}
 * is called. It keeps no state of its own: after a restart it continues from the table, and several
 * instances share the table safely (rows are claimed, see {@link OutboxStore}).
 */
@ApplicationScoped
public class GradeWorker {

    private static final Logger LOG = Logger.getLogger(GradeWorker.class.getName());
    /** Rows claimed at a time; a full batch is followed at once by the next, so a backlog drains without waiting. */
    static final int BATCH = 64;
    /**
     * Scores sent at once. A claim's lease (2 minutes) outlives a batch even when every call takes the
     * full request timeout: 64 / 8 rounds of 10 s.
     */
    static final int SENDERS = 8;

    @Resource
    ManagedScheduledExecutorService executor;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    DataSource dataSource;

    @Inject
    PlatformTable platforms;

    @Inject
    ToolKeys toolKeys;

    @Inject
    Migrations migrations;

    @Inject
    DeliveryListener listener;

    @Inject
    @ConfigProperty(name = "recall.grades.poll-interval", defaultValue = "PT0.5S")
    String pollInterval;

    @Inject
    @ConfigProperty(name = "recall.grades.retry-base", defaultValue = "PT5S")
    String retryBase;

    @Inject
    @ConfigProperty(name = "recall.grades.retry-window", defaultValue = "PT24H")
    String retryWindow;

    @Inject
    @ConfigProperty(name = "recall.grades.request-timeout", defaultValue = "PT10S")
    String requestTimeout;

    @Inject
    ServiceOriginTable serviceOrigins;

    private final AtomicBoolean polling = new AtomicBoolean();
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private ExecutorService waker;
    private ExecutorService senders;
    private GradeDelivery delivery;
    private AgsClient client;
    private ScheduledFuture<?> schedule;

    void onStart(@Observes @Priority(50) @Initialized(ApplicationScoped.class) Object event) {
        Clock clock = Clock.systemUTC();
        client = new AgsClient(() -> toolKeys.signingKey().key(), Duration.ofSeconds(3),
                Duration.parse(requestTimeout), clock, serviceOrigins);
        Duration base = Duration.parse(retryBase);
        Backoff backoff = new Backoff(base, Backoff.DEFAULT_CAP.compareTo(base) < 0 ? base : Backoff.DEFAULT_CAP,
                Duration.parse(retryWindow), new SecureRandom());
        delivery = new GradeDelivery(new Sql(dataSource), client, platforms::byId, backoff, clock).listener(listener);
        senders = Executors.newFixedThreadPool(SENDERS, threads);
        waker = Executors.newSingleThreadExecutor(threads);
        long every = Duration.parse(pollInterval).toMillis();
        schedule = executor.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Grade delivery worker polling every " + every + " ms");
    }

    /**
     * Looks at the outbox now (after a score was written or an instructor asked to send again). Wake-ups
     * coalesce: one already waiting to run reads every row written before it runs. They run on a thread of
     * the managed thread factory, whose context is set once: a managed executor's {@code execute} captures the
     * context of every task it is given, a class-path scan for context providers each time (5 % of all CPU
     * samples of the benchmark's soak, one wake-up per quiz submit; issue 13, docs/benchmarks.md).
     */
    public void wakeUp() {
        if (waker != null && wakeUpQueued.compareAndSet(false, true)) {
            waker.execute(() -> {
                wakeUpQueued.set(false);
                poll();
            });
        }
    }

    /** The AGS client this instance uses (shared token cache), for result reading. */
    public AgsClient client() {
        return client;
    }

    public OutboxStore outbox() {
        return delivery.outbox();
    }

    /** What went wrong with each platform's services (grades and rosters), for the admin page and /health. */
    public PlatformProblems problems() {
        return delivery.problems();
    }

    private void poll() {
        if (!polling.compareAndSet(false, true)) {
            return;
        }
        try {
            if (!migrations.isDone()) {
                return;
            }
            List<OutboxStore.Claim> claims;
            do {
                claims = delivery.claimDue(BATCH);
                CompletableFuture.allOf(claims.stream()
                        .map(claim -> CompletableFuture.runAsync(() -> delivery.deliver(claim), senders))
                        .toArray(CompletableFuture[]::new)).join();
            } while (claims.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Grade outbox poll failed; trying again at the next poll", e);
        } finally {
            polling.set(false);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
        if (senders != null) {
            senders.shutdownNow();
        }
        if (waker != null) {
            waker.shutdownNow();
        }
    }
}
