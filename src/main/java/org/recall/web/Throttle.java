package org.recall.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key (a client address): up to {@code burst} requests at once, then one per
 * {@code every}. Kept in memory, per instance: behind a load balancer each instance counts its own share,
 * which still bounds a flood. At most {@link #MAX_KEYS} addresses are tracked; past that, full buckets are
 * forgotten first (a flood from many addresses cannot grow the map without bound).
 */
public final class Throttle {

    static final int MAX_KEYS = 20_000;

    private final int burst;
    private final long nanosPerToken;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long updatedNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedNanos = now;
        }
    }

    public Throttle(int burst, Duration every, Clock clock) {
        if (burst < 1 || every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("burst must be at least 1 and every positive");
        }
        this.burst = burst;
        this.nanosPerToken = every.toNanos();
        this.clock = clock;
    }

    public Throttle(int burst, Duration every) {
        this(burst, every, Clock.systemUTC());
    }

    /**
     * Takes one request's token for {@code key}. Empty when the request may go on; otherwise the whole
     * seconds to wait for the next token (for {@code Retry-After}).
     */
    public OptionalLong take(String key) {
        long now = nanos();
        if (buckets.size() >= MAX_KEYS && !buckets.containsKey(key)) {
            forgetFull(now);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        synchronized (bucket) {
            refill(bucket, now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return OptionalLong.empty();
            }
            double missing = 1 - bucket.tokens;
            return OptionalLong.of(Math.max(1, (long) Math.ceil(missing * nanosPerToken / 1e9)));
        }
    }

    /** Like {@link #take} without taking: the wait before this key's next request, if it must wait. */
    public OptionalLong waitFor(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            return OptionalLong.empty();
        }
        synchronized (bucket) {
            refill(bucket, nanos());
            return bucket.tokens >= 1 ? OptionalLong.empty()
                    : OptionalLong.of(Math.max(1, (long) Math.ceil((1 - bucket.tokens) * nanosPerToken / 1e9)));
        }
    }

    private void refill(Bucket bucket, long now) {
        long elapsed = now - bucket.updatedNanos;
        if (elapsed > 0) {
            bucket.tokens = Math.min(burst, bucket.tokens + (double) elapsed / nanosPerToken);
            bucket.updatedNanos = now;
        }
    }

    private void forgetFull(long now) {
        buckets.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                refill(entry.getValue(), now);
                return entry.getValue().tokens >= burst;
            }
        });
        if (buckets.size() >= MAX_KEYS) {
            buckets.clear(); // every tracked address is busy: start over rather than grow
        }
    }

    private long nanos() {
        var instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
