package org.recall.web;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recall.privacy.Retention;
import org.recall.session.StudySessions;
import org.recall.store.LoginStateTable;
import org.recall.store.Migrations;

/**
 * Deletes what has expired: login states and requests whose launch never came (10 minutes), study
 * sessions past their lifetime, and what outlived its retention period ({@link Retention}). Without it a
 * flood of login initiations, or years of launches, would only grow the tables. Every instance runs it;
 * the deletes are idempotent.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());
    static final long EVERY_MINUTES = 10;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    LoginStateTable loginStates;

    @Inject
    StudySessions sessions;

    @Inject
    Migrations migrations;

    @Inject
    Retention retention;

    private ScheduledFuture<?> schedule;

    void onStart(@Observes @Priority(60) @Initialized(ApplicationScoped.class) Object event) {
        schedule = executor.scheduleWithFixedDelay(this::purge, 1, EVERY_MINUTES, TimeUnit.MINUTES);
    }

    void purge() {
        if (!migrations.isDone()) {
            return;
        }
        try {
            Instant now = Instant.now();
            int states = loginStates.purgeExpired(now);
            int expired = sessions.purgeExpired(now);
            LOG.fine(() -> "Purged " + states + " login states (with their login requests), " + expired
                    + " study sessions");
            var past = retention.enforce(now); // docs/privacy.md: each kind of data for its retention period
            LOG.fine(() -> "Retention periods over for " + past);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Housekeeping failed; trying again in " + EVERY_MINUTES + " minutes", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
