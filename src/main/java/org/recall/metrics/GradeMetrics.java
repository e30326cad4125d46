package org.recall.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.recall.grade.DeliveryListener;
import org.recall.grade.OutboxStatus;
import org.recall.store.MeteredDataSource;
import org.recall.store.Sql;

/**
 * Grade delivery and the database, as monitoring sees them: deliveries and failures counted as the worker
 * reports them; the outbox rows by status and platform counted by one query when {@code /metrics} is read
 * (never on a request path); the pool's connections in use read from {@link MeteredDataSource}.
 */
@ApplicationScoped
public class GradeMetrics implements DeliveryListener {

    /** Submit-to-gradebook buckets: most scores go within a second, a platform outage holds them for hours. */
    static final Duration[] DELIVERY_BUCKETS = {Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(15),
        Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(24)};

    @Inject
    Metrics metrics;

    @Inject
    DataSource dataSource;

    @Inject
    MeteredDataSource pool;

    private MultiGauge outboxRows;

    @PostConstruct
    void register() {
        MeterRegistry registry = metrics.registry();
        outboxRows = MultiGauge.builder("recall.grade.outbox.rows")
                .description("Rows of the grade outbox by status and platform, counted when /metrics is read")
                .register(registry);
        Gauge.builder("recall.db.connections.in.use", pool, MeteredDataSource::inUse)
                .description("Database connections Recall holds right now").register(registry);
        Gauge.builder("recall.db.connections.max", pool, MeteredDataSource::maxPoolSize)
                .description("Size limit of the database connection pool").register(registry);
        FunctionCounter.builder("recall.db.connections.acquired", pool,
                MeteredDataSource::acquired).description("Connections taken from the pool").register(registry);
        FunctionCounter.builder("recall.db.connection.wait.seconds", pool,
                MeteredDataSource::waitSeconds).description("Time spent waiting for a pooled connection")
                .register(registry);
    }

    @Override
    public void delivered(long platformId, Duration sinceSubmit) {
        Timer.builder("recall.grade.delivery.latency").description("From a score's submit to the platform accepting it")
                .tag("platform", Long.toString(platformId)).serviceLevelObjectives(DELIVERY_BUCKETS)
                .register(metrics.registry()).record(sinceSubmit);
    }

    @Override
    public void failed(long platformId, String cause, boolean retried) {
        Counter.builder("recall.grade.delivery.failures").description("Failed score deliveries by platform and cause")
                .tags("platform", Long.toString(platformId), "cause", cause, "retried", Boolean.toString(retried))
                .register(metrics.registry()).increment();
    }

    /** Counts the outbox rows now (one grouped query); called just before the registry is scraped. */
    public void countOutbox() {
        Map<Long, Map<OutboxStatus, Long>> counts = new HashMap<>();
        new Sql(dataSource).list("SELECT platform_id, status, COUNT(*) AS n FROM grade_outbox GROUP BY platform_id, status",
                rs -> counts.computeIfAbsent(rs.getLong("platform_id"), id -> new HashMap<>())
                        .put(OutboxStatus.valueOf(rs.getString("status")), rs.getLong("n")));
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        counts.forEach((platform, byStatus) -> {
            for (OutboxStatus status : OutboxStatus.values()) {
                rows.add(MultiGauge.Row.of(Tags.of("platform", platform.toString(), "status", status.name().toLowerCase()),
                        byStatus.getOrDefault(status, 0L)));
            }
        });
        outboxRows.register(rows, true);
    }
}
