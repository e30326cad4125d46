package org.recall.lti.ags;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.recall.lti.http.PlatformAnswer;
import org.recall.lti.http.PlatformHttp;
import org.recall.lti.http.ServiceException;

/**
 * An AGS or token call that did not succeed (see {@link ServiceException} for the classification). The
 * message names the platform's host, the step and the HTTP status, and says who can fix it; never the
 * answer's body.
 */
public class AgsException extends ServiceException {

    public AgsException(Kind kind, String step, int status, String reason, Duration retryAfter) {
        super(kind, step, status, reason, retryAfter);
    }

    /** Something a person must fix before a score can go, found before any call. */
    public static AgsException configuration(String step, String reason) {
        return new AgsException(Kind.CONFIGURATION, step, 0, reason, null);
    }

    /** The platform answered a status other than 2xx. */
    static AgsException refused(String step, PlatformAnswer answer, Optional<String> oauthError, Clock clock) {
        int status = answer.status();
        String code = oauthError.map(e -> ", " + e).orElse("");
        return new AgsException(kindOf(status), step, status, host(answer.uri()) + " answered HTTP " + status + code
                + " to the " + step + hint(step, status),
                parseRetryAfter(answer.header("Retry-After").orElse(null), clock).orElse(null));
    }

    /** No answer within the bounds; an answer too large is one Recall cannot use. */
    static AgsException unanswered(String step, URI url, PlatformHttp.Unanswered e) {
        Kind kind = e.why() == PlatformHttp.Unanswered.Why.TOO_LARGE ? Kind.CONFIGURATION : Kind.TRANSIENT;
        return new AgsException(kind, step, UNREACHABLE, host(url) + " " + e.getMessage() + " (" + step + ")"
                + (kind == Kind.TRANSIENT ? "; Recall tries again." : "."), null);
    }

    /** A 2xx answer Recall cannot use: e.g. not JSON, or without a field the specification requires. */
    static AgsException unusable(String step, PlatformAnswer answer, String what) {
        return new AgsException(Kind.CONFIGURATION, step, answer.status(), host(answer.uri()) + " answered the " + step
                + " with " + what + " (HTTP " + answer.status() + ", " + answer.mediaType() + ").", null);
    }

    static String host(URI url) {
        return url == null || url.getHost() == null ? "The platform" : url.getHost();
    }

    private static String hint(String step, int status) {
        boolean token = AccessTokens.STEP.equals(step);
        if (status >= 300 && status <= 399) {
            return ": a redirect, which Recall does not follow. An administrator must check the platform's URLs.";
        }
        if (kindOf(status) == Kind.TRANSIENT) {
            return ": the platform is busy or down; Recall tries again.";
        }
        if (token) {
            return ": Recall's registration there (client id, tool key, services enabled for the tool) does not match."
                    + " An administrator must fix it, then send the scores again.";
        }
        return switch (status) {
            case 401, 403 -> ": the platform did not let Recall use this service (check the services enabled for the tool).";
            case 404 -> ": the course or its gradebook column no longer exists there.";
            case 409 -> ": the platform holds a score of this user with a later time.";
            case 422 -> ": the platform would not take it for this user (not a student of the course?).";
            case 400 -> ": the platform found it invalid.";
            default -> ".";
        };
    }
}
