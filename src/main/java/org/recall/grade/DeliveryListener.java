package org.recall.grade;

import java.time.Duration;

/**
 * Told of each delivery outcome, for monitoring ({@code org.recall.metrics}); called on the worker's
 * threads after the outcome is stored, and must be quick.
 */
public interface DeliveryListener {

    DeliveryListener NONE = new DeliveryListener() {
        @Override
        public void delivered(long platformId, Duration sinceSubmit) {
        }

        @Override
        public void failed(long platformId, String cause, boolean retried) {
        }
    };

    /** The platform accepted the score, {@code sinceSubmit} after it was written to the outbox (or sent again). */
    void delivered(long platformId, Duration sinceSubmit);

    /**
     * An attempt failed: {@code cause} is {@code http_<status>}, {@code unreachable}, {@code error},
     * {@code platform_removed} or {@code retry_window_over}; {@code retried} when it will be tried again.
     */
    void failed(long platformId, String cause, boolean retried);
}
