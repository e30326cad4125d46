package org.recall.grade;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recall.lti.Platform;
import org.recall.lti.ags.AgsClient;
import org.recall.lti.ags.AgsException;
import org.recall.store.Sql;

/**
 * Delivers outbox rows through the AGS client and records each outcome (AGS 2.0 §3.4): 2xx is
 * delivered; a transient failure (unreachable, too slow, 408, 429, 5xx) is retried by {@link Backoff};
 * a configuration failure (a refused token request, 400/401/403/404/422, an answer Recall cannot use, a
 * URL outside the platform's service origins) fails the score at once with a plain reason for the
 * instructor (the score stays resendable) and goes to {@link PlatformProblems} for the admin page, logged
 * once per platform and cause. A 409 counts as delivered when the platform already holds this score (a
 * row tried before, whose earlier attempt may have reached it) or when a later score of the same user
 * replaces it. Framework-free: the container's worker ({@link GradeWorker}) and the tests drive it alike.
 */
public final class GradeDelivery {

    private static final Logger LOG = Logger.getLogger(GradeDelivery.class.getName());
    static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration BUSY_RETRY = Duration.ofSeconds(1);

    private final OutboxStore outbox;
    private final ActivityLineItems lineItems;
    private final AgsClient client;
    private final LongFunction<Optional<Platform>> platforms;
    private final Backoff backoff;
    private final Clock clock;
    private final PlatformProblems problems;
    private DeliveryListener listener = DeliveryListener.NONE;

    public GradeDelivery(Sql sql, AgsClient client, LongFunction<Optional<Platform>> platforms, Backoff backoff,
            Clock clock) {
        this.outbox = new OutboxStore(sql);
        this.lineItems = new ActivityLineItems(sql, client, clock);
        this.client = client;
        this.platforms = platforms;
        this.backoff = backoff;
        this.clock = clock;
        this.problems = new PlatformProblems(sql, clock);
    }

    public PlatformProblems problems() {
        return problems;
    }

    public OutboxStore outbox() {
        return outbox;
    }

    /** Who hears of each outcome (monitoring); none by default. */
    public GradeDelivery listener(DeliveryListener listener) {
        this.listener = listener;
        return this;
    }

    /** The rows due now that this worker managed to claim; deliver each with {@link #deliver}. */
    public List<OutboxStore.Claim> claimDue(int limit) {
        Instant now = clock.instant();
        return outbox.due(now, limit).stream()
                .map(row -> outbox.claim(row.id(), now, LEASE))
                .flatMap(Optional::stream)
                .toList();
    }

    /** Claims and delivers every due row, one after the other; returns how many were claimed. */
    public int deliverDue(int limit) {
        List<OutboxStore.Claim> claims = claimDue(limit);
        claims.forEach(this::deliver);
        return claims.size();
    }

    public void deliver(OutboxStore.Claim claim) {
        OutboxRow row = claim.row();
        try {
            if (outbox.isSuperseded(row)) {
                outbox.superseded(claim);
                LOG.fine(() -> "Outbox row " + row.id() + " superseded by a later score; not sent");
                return;
            }
            Platform platform = platforms.apply(row.platformId()).orElse(null);
            if (platform == null) {
                outbox.failed(claim, clock.instant(), 0, "The platform's registration was removed from Recall.");
                listener.failed(row.platformId(), "platform_removed", false);
                return;
            }
            URI lineItem = lineItems.lineItemFor(row, platform);
            client.postScore(platform, row.scopes(), lineItem, row.score());
            outbox.delivered(claim, clock.instant(), 200, null);
            listener.delivered(row.platformId(), Duration.between(row.retryWindowStart(), clock.instant()));
            problems.resolved(row.platformId(), PlatformProblems.GRADES);
            LOG.fine(() -> "Outbox row " + row.id() + " delivered to " + lineItem);
            if (row.attempts() > 0) {
                // The platform answers again after failing: its other waiting scores go now, not at the end
                // of their backoff, so a backlog drains as soon as the gradebook is back.
                int moved = outbox.retryPlatformNow(row.platformId(), clock.instant());
                LOG.fine(() -> "Platform " + row.platformId() + " is back; " + moved + " waiting scores are due now");
            }
        } catch (ActivityLineItems.Busy busy) {
            outbox.release(claim, clock.instant().plus(BUSY_RETRY));
        } catch (AgsException e) {
            refused(claim, e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox row " + row.id() + " could not be delivered", e);
            retryOrFail(claim, 0, "error", "Recall could not send the score: " + e.getClass().getSimpleName(),
                    Optional.empty());
        }
    }

    private void refused(OutboxStore.Claim claim, AgsException e) {
        OutboxRow row = claim.row();
        String reason = e.getMessage();
        if (e.status() == 409 && (row.attempts() > 0 || outbox.isSuperseded(row))) {
            outbox.delivered(claim, clock.instant(), 409, "The platform already holds this score or a later one (409).");
            listener.delivered(row.platformId(), Duration.between(row.retryWindowStart(), clock.instant()));
            LOG.fine(() -> "Outbox row " + row.id() + ": 409 for a score already there or superseded; done");
            return;
        }
        problems.report(row.platformId(), PlatformProblems.GRADES, e);
        if (e.isTransient()) {
            retryOrFail(claim, e.status(), cause(e), reason, e.retryAfter());
        } else {
            outbox.failed(claim, clock.instant(), e.status(), reason);
            listener.failed(row.platformId(), cause(e), false);
            LOG.fine(() -> "Outbox row " + row.id() + " failed: " + reason);
        }
    }

    private static String cause(AgsException e) {
        return e.status() == AgsException.UNREACHABLE ? "unreachable" : "http_" + e.status();
    }

    private void retryOrFail(OutboxStore.Claim claim, int status, String cause, String error,
            Optional<Duration> retryAfter) {
        OutboxRow row = claim.row();
        Instant now = clock.instant();
        Optional<Instant> next = backoff.next(row.attempts() + 1, now, row.retryWindowStart(), retryAfter);
        if (next.isPresent()) {
            outbox.retryAt(claim, next.get(), status, error);
            listener.failed(row.platformId(), cause, true);
            LOG.fine(() -> "Outbox row " + row.id() + " attempt " + (row.attempts() + 1) + " failed (" + error
                    + "); next at " + next.get());
        } else {
            outbox.failed(claim, now, status, "Not delivered within the retry window. Last error: " + error);
            listener.failed(row.platformId(), "retry_window_over", false);
        }
    }
}
