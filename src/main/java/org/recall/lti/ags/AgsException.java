package org.recall.lti.ags;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * An AGS or token call that did not succeed: either the platform answered with an HTTP status other
 * than 2xx ({@link #status()}, its answer in {@link #platformAnswer()}), or it could not be reached
 * at all (status 0: connection refused, timeout, broken connection).
 */
public class AgsException extends Exception {

    public static final int UNREACHABLE = 0;
    static final int MAX_ANSWER = 1000;

    private final int status;
    private final String platformAnswer;
    private final Duration retryAfter;

    public AgsException(int status, String message, String platformAnswer, Duration retryAfter) {
        super(message);
        this.status = status;
        this.platformAnswer = platformAnswer == null ? "" : truncate(platformAnswer.strip());
        this.retryAfter = retryAfter;
    }

    static AgsException unreachable(String what, Exception cause) {
        var e = new AgsException(UNREACHABLE, what + ": " + describe(cause), "", null);
        e.initCause(cause);
        return e;
    }

    static AgsException refused(String what, int status, String body, String retryAfterHeader, Clock clock) {
        return new AgsException(status, what + ": the platform answered HTTP " + status, body,
                parseRetryAfter(retryAfterHeader, clock).orElse(null));
    }

    /** The HTTP status the platform answered, or {@link #UNREACHABLE}. */
    public int status() {
        return status;
    }

    /** The platform's answer (body), shortened; empty when there was none. */
    public String platformAnswer() {
        return platformAnswer;
    }

    /** RFC 9110 §10.2.3: how long the platform asked us to wait, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Worth trying again later: unreachable, 429 Too Many Requests, or a 5xx server error. */
    public boolean isTransient() {
        return status == UNREACHABLE || status == 429 || status >= 500;
    }

    /** Retry-After is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
    static Optional<Duration> parseRetryAfter(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                var when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(clock.instant(), when);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    private static String describe(Exception cause) {
        String name = cause.getClass().getSimpleName();
        return cause.getMessage() == null ? name : name + " (" + cause.getMessage() + ")";
    }

    private static String truncate(String s) {
        return s.length() <= MAX_ANSWER ? s : s.substring(0, MAX_ANSWER) + "…";
    }
}
