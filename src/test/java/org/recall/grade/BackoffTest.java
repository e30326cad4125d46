package org.recall.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofHours(24), new Random(1));
    final Instant start = Instant.parse("2026-11-03T10:00:00Z");

    @Test
    void doublesUpToTheCap() {
        assertEquals(Duration.ofSeconds(5), backoff.delay(1));
        assertEquals(Duration.ofSeconds(10), backoff.delay(2));
        assertEquals(Duration.ofSeconds(40), backoff.delay(4));
        assertEquals(Duration.ofHours(1), backoff.delay(20));
        assertEquals(Duration.ofHours(1), backoff.delay(1000));
    }

    @Test
    void jitterStaysBetweenHalfAndTheFullDelay() {
        for (int attempt = 1; attempt < 15; attempt++) {
            Duration full = backoff.delay(attempt);
            Instant next = backoff.next(attempt, start, start, Optional.empty()).orElseThrow();
            Duration d = Duration.between(start, next);
            assertTrue(d.compareTo(full.dividedBy(2)) >= 0 && d.compareTo(full) <= 0, attempt + ": " + d);
        }
    }

    @Test
    void honoursALongerRetryAfter() {
        Instant next = backoff.next(1, start, start, Optional.of(Duration.ofMinutes(10))).orElseThrow();
        assertEquals(start.plus(Duration.ofMinutes(10)), next);
    }

    @Test
    void keepsTryingForTheWholeWindowThenGivesUp() {
        Instant now = start;
        int attempts = 0;
        Optional<Instant> next;
        while ((next = backoff.next(++attempts, now, start, Optional.empty())).isPresent()) {
            now = next.get();
        }
        assertEquals(start.plus(Duration.ofHours(24)), now, "the last attempt is at the end of the window");
        assertTrue(attempts > 20);
    }
}
