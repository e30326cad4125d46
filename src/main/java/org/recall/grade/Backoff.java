package org.recall.grade;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try a failed delivery again: exponential backoff ({@code base * 2^(attempt-1)}, at most
 * {@code cap}) with "equal jitter" (half fixed, half random, so that many rows failed at once do not
 * come back at once), never sooner than the platform's {@code Retry-After} (RFC 9110 §10.2.3), and
 * for {@code window} after the score was made (at least 24 hours in production). The last attempt is
 * made at the end of the window; after it the row fails.
 */
public final class Backoff {

    public static final Duration DEFAULT_BASE = Duration.ofSeconds(5);
    public static final Duration DEFAULT_CAP = Duration.ofHours(1);
    public static final Duration DEFAULT_WINDOW = Duration.ofHours(24);

    private final Duration base;
    private final Duration cap;
    private final Duration window;
    private final RandomGenerator random;

    public Backoff(Duration base, Duration cap, Duration window, RandomGenerator random) {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || window.isNegative()) {
            throw new IllegalArgumentException("backoff needs 0 < base <= cap and a window >= 0");
        }
        this.base = base;
        this.cap = cap;
        this.window = window;
        this.random = random;
    }

    /**
     * The time of the next attempt after {@code attempts} failed ones, or empty when the window that
     * began at {@code windowStart} is over and the row should fail.
     */
    public Optional<Instant> next(int attempts, Instant now, Instant windowStart, Optional<Duration> retryAfter) {
        Instant deadline = windowStart.plus(window);
        if (!now.isBefore(deadline)) {
            return Optional.empty();
        }
        Duration delay = delay(attempts);
        Duration half = delay.dividedBy(2);
        Duration jittered = half.plusMillis(random.nextLong(half.toMillis() + 1));
        if (retryAfter.isPresent() && retryAfter.get().compareTo(jittered) > 0) {
            jittered = retryAfter.get();
        }
        Instant next = now.plus(jittered);
        return Optional.of(next.isAfter(deadline) ? deadline : next);
    }

    /** The un-jittered delay after {@code attempts} failures: base, 2 base, 4 base, … up to the cap. */
    Duration delay(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration d = base.multipliedBy(1L << doublings);
        return d.compareTo(cap) > 0 ? cap : d;
    }
}
