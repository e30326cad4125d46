package org.recall.lti.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recall.testplatform.Misbehaving;
import org.recall.testplatform.TestPlatform;

/** The bounds of every call to a platform: size, time, redirects (issue 17, finding 7). */
class PlatformHttpTest {

    TestPlatform lms;
    final PlatformHttp http = new PlatformHttp(Duration.ofSeconds(2), Duration.ofSeconds(1));

    @BeforeEach
    void start() {
        lms = new TestPlatform();
    }

    @AfterEach
    void stop() {
        lms.close();
    }

    PlatformAnswer get(String path, int max) throws PlatformHttp.Unanswered {
        return http.send(http.request(lms.uri(path)).GET().build(), max);
    }

    @Test
    void a768MegabyteAnswerIsCutAtTheLimitWithoutReadingIt() {
        var sent = new AtomicLong();
        lms.handle("/huge", Misbehaving.huge(768L * 1024 * 1024, "text/html; charset=UTF-8", sent));
        long start = System.nanoTime();
        var e = assertThrows(PlatformHttp.Unanswered.class, () -> get("/huge", 64 * 1024));
        assertEquals(PlatformHttp.Unanswered.Why.TOO_LARGE, e.why());
        assertEquals("answered more than 64 KiB", e.getMessage());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
        // The reader hung up: the platform could push no more than what the network buffers hold.
        assertTrue(sent.get() < 32L * 1024 * 1024, "sent " + sent.get() + " bytes");
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBody() {
        lms.handle("/declared", exchange -> exchange.sendResponseHeaders(200, 1L << 30));
        var e = assertThrows(PlatformHttp.Unanswered.class, () -> get("/declared", 1024));
        assertEquals(PlatformHttp.Unanswered.Why.TOO_LARGE, e.why());
    }

    @Test
    void anAnswerSentAByteAtATimeEndsAtTheDeadline() {
        lms.handle("/slow", Misbehaving.slow(Duration.ofMillis(100), 10_000));
        long start = System.nanoTime();
        var e = assertThrows(PlatformHttp.Unanswered.class, () -> get("/slow", 64 * 1024));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(PlatformHttp.Unanswered.Why.TIMED_OUT, e.why());
        assertTrue(millis >= 900 && millis < 3_000, "the call took " + millis + " ms for a deadline of 1 s");
    }

    @Test
    void aRedirectIsAnsweredNotFollowed() throws Exception {
        var followed = new AtomicLong();
        lms.handle("/elsewhere", exchange -> {
            followed.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
        });
        lms.handle("/moved", Misbehaving.redirect(lms.uri("/elsewhere").toString()));
        PlatformAnswer answer = get("/moved", 1024);
        assertEquals(302, answer.status());
        assertTrue(answer.isRedirect());
        assertEquals(0, followed.get());
    }

    @Test
    void aClosedPortIsUnreachable() {
        lms.close();
        var e = assertThrows(PlatformHttp.Unanswered.class, () -> get("/any", 1024));
        assertEquals(PlatformHttp.Unanswered.Why.UNREACHABLE, e.why());
    }
}
