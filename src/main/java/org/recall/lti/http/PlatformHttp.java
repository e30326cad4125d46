package org.recall.lti.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls to a platform, bounded so that a huge or slow answer can neither exhaust the heap nor hold a
 * thread: a connect timeout, one deadline for the whole exchange (headers and body: the request timeout
 * of {@code java.net.http} stops counting once the headers arrived, so a body sent a byte at a time
 * would otherwise hold the caller for ever), a size limit on the body (read into memory only up to it),
 * and no redirect followed (an answer never sends Recall elsewhere). Safe for many threads.
 */
public final class PlatformHttp {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration DEADLINE = Duration.ofSeconds(10);

    private final HttpClient client;
    private final Duration deadline;

    public PlatformHttp() {
        this(CONNECT_TIMEOUT, DEADLINE);
    }

    public PlatformHttp(Duration connectTimeout, Duration deadline) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.deadline = deadline;
    }

    /** A request to {@code uri} whose headers must arrive within the deadline. */
    public HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(deadline);
    }

    /** The whole answer, whatever its status, or {@link Unanswered} when none came within the bounds. */
    public PlatformAnswer send(HttpRequest request, int maxBytes) throws Unanswered {
        CompletableFuture<HttpResponse<byte[]>> exchange;
        try {
            exchange = client.sendAsync(request, info -> new LimitedBody(maxBytes, info.headers()));
        } catch (IllegalArgumentException e) {
            throw new Unanswered(Unanswered.Why.UNREACHABLE, "cannot be called (" + request.uri().getScheme() + ")");
        }
        try {
            HttpResponse<byte[]> response = exchange.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            return new PlatformAnswer(response.statusCode(), response.headers(), response.uri(), response.body());
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new Unanswered(Unanswered.Why.TIMED_OUT, "did not answer within " + deadline.toSeconds() + " s");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new Unanswered(Unanswered.Why.UNREACHABLE, "was not waited for (interrupted)");
        } catch (ExecutionException e) {
            throw Unanswered.of(e.getCause(), maxBytes, deadline);
        }
    }

    /** No usable answer: the platform could not be reached, answered too slowly, or sent too much. */
    public static final class Unanswered extends IOException {

        /** Why there is no answer. */
        public enum Why { UNREACHABLE, TIMED_OUT, TOO_LARGE }

        private final Why why;

        Unanswered(Why why, String message) {
            super(message);
            this.why = why;
        }

        public Why why() {
            return why;
        }

        static Unanswered of(Throwable cause, int maxBytes, Duration deadline) {
            for (Throwable t = cause; t != null; t = t.getCause()) {
                if (t instanceof LimitedBody.TooLarge) {
                    return new Unanswered(Why.TOO_LARGE, "answered more than " + LimitedBody.size(maxBytes));
                }
                if (t instanceof HttpTimeoutException) {
                    return new Unanswered(Why.TIMED_OUT, "did not answer within " + deadline.toSeconds() + " s");
                }
            }
            // The exception's own message may name internals of the network stack; the class says enough.
            return new Unanswered(Why.UNREACHABLE, "could not be reached ("
                    + (cause == null ? "no answer" : cause.getClass().getSimpleName()) + ")");
        }
    }
}
