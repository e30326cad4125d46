package org.recall.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    private Instant now = Instant.parse("2026-01-05T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aBurstPassesThenOneRequestPerPeriodWithTheWaitToAnnounce() {
        var throttle = new Throttle(3, Duration.ofSeconds(10), clock);
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.take("10.0.0.1").isEmpty(), "request " + i + " of the burst");
        }
        assertEquals(10, throttle.take("10.0.0.1").getAsLong());
        now = now.plusSeconds(4);
        assertEquals(6, throttle.take("10.0.0.1").getAsLong(), "Retry-After counts down");
        now = now.plusSeconds(6);
        assertTrue(throttle.take("10.0.0.1").isEmpty(), "a token came back");
        assertEquals(10, throttle.take("10.0.0.1").getAsLong());
        assertTrue(throttle.take("10.0.0.2").isEmpty(), "another address has its own bucket");
    }

    @Test
    void aFloodFromManyAddressesDoesNotGrowWithoutBound() {
        var throttle = new Throttle(2, Duration.ofSeconds(1), clock);
        for (int i = 0; i < Throttle.MAX_KEYS * 2; i++) {
            throttle.take("addr-" + i);
        }
        now = now.plusSeconds(5);
        assertTrue(throttle.take("addr-new").isEmpty());
    }
}
