package org.recall.testplatform;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers a platform (or anything a URL points at) may give that must not hurt Recall: a body of hundreds
 * of megabytes, a body sent a byte at a time, a redirect elsewhere. Each is a {@link TestPlatform.Endpoint}.
 */
public final class Misbehaving {

    private Misbehaving() {
    }

    /**
     * A 200 answer of {@code bytes} bytes of JSON-looking text, streamed (chunked, no Content-Length) as fast
     * as the reader takes it; {@code sent} counts what went out before the reader hung up.
     */
    public static TestPlatform.Endpoint huge(long bytes, String contentType, AtomicLong sent) {
        return exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, 0);
            byte[] block = new byte[64 * 1024];
            Arrays.fill(block, (byte) ' ');
            block[0] = '{';
            try (OutputStream out = exchange.getResponseBody()) {
                for (long n = 0; n < bytes; n += block.length) {
                    out.write(block);
                    sent.addAndGet(block.length);
                    block[0] = ' ';
                }
            } catch (IOException readerHungUp) {
                // what a bounded reader does
            }
        };
    }

    /** A 200 answer whose JSON body comes one byte every {@code every}, for {@code bytes} bytes. */
    public static TestPlatform.Endpoint slow(Duration every, int bytes) {
        return exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < bytes; i++) {
                    out.write(i == 0 ? '{' : ' ');
                    out.flush();
                    Thread.sleep(every.toMillis());
                }
            } catch (IOException | InterruptedException readerHungUp) {
                // what a bounded reader does
            }
        };
    }

    /** A redirect to {@code location}, which Recall must not follow. */
    public static TestPlatform.Endpoint redirect(String location) {
        return exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(302, -1);
        };
    }
}
