package org.recall.lti.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A call to a platform's service (token endpoint, AGS, NRPS) that did not succeed, classified for whoever
 * must act: {@link Kind#TRANSIENT} (unreachable, too slow, 408, 429, 5xx: tried again later, with backoff)
 * or {@link Kind#CONFIGURATION} (what trying again will not fix: a refused token request, 400/401/403/404/
 * 422 from a service, an answer Recall cannot use, a URL outside the platform's service origins; an
 * administrator or teacher must fix something first). The message is a plain reason with the HTTP status;
 * it never holds the platform's answer body, which may carry a token or another system's data.
 */
public class ServiceException extends Exception {

    /** Who can fix it: time, or a person. */
    public enum Kind { TRANSIENT, CONFIGURATION }

    /** The status of a failure without an HTTP answer. */
    public static final int UNREACHABLE = 0;

    private final Kind kind;
    private final String step;
    private final int status;
    private final Duration retryAfter;

    /**
     * @param step   what was called, a short stable word ("token", "scores", "memberships"…) used to tell
     *               causes apart
     * @param status the platform's HTTP status, or {@link #UNREACHABLE}
     */
    public ServiceException(Kind kind, String step, int status, String reason, Duration retryAfter) {
        super(reason, null, false, false);
        this.kind = kind;
        this.step = step;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    /** Transient for no answer, 408, 429 and 5xx (RFC 9110 §15); a configuration failure for anything else. */
    public static Kind kindOf(int status) {
        return status == UNREACHABLE || status == 408 || status == 429 || status >= 500 ? Kind.TRANSIENT : Kind.CONFIGURATION;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isTransient() {
        return kind == Kind.TRANSIENT;
    }

    public String step() {
        return step;
    }

    /** The HTTP status the platform answered, or {@link #UNREACHABLE}. */
    public int status() {
        return status;
    }

    /** What went wrong, told apart for logging once: the step and the status ("token 401", "scores 422"). */
    public String cause() {
        return status == UNREACHABLE ? step : step + " " + status;
    }

    /** RFC 9110 §10.2.3: how long the platform asked Recall to wait, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Retry-After is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
    public static Optional<Duration> parseRetryAfter(String value, Clock clock) {
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
}
