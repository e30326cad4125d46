package org.recall.lti.nrps;

import java.net.URI;
import org.recall.lti.http.PlatformAnswer;
import org.recall.lti.http.PlatformHttp;
import org.recall.lti.http.ServiceException;

/**
 * The membership service could not be read: unreachable, refused, outside the platform's service origins,
 * or an answer that is not a membership container (classified as {@link ServiceException} says).
 */
public class NrpsException extends ServiceException {

    /** The step named in messages and in the cause of a failure. */
    static final String STEP = "roster request";

    public NrpsException(Kind kind, int status, String reason) {
        super(kind, STEP, status, reason, null);
    }

    static NrpsException refused(PlatformAnswer answer) {
        int status = answer.status();
        String why = switch (kindOf(status)) {
            case TRANSIENT -> ": the platform is busy or down; try again later.";
            case CONFIGURATION -> status >= 300 && status <= 399 ? ": a redirect, which Recall does not follow."
                    : status == 401 || status == 403
                            ? ": the platform did not let Recall read the roster (check the services enabled for the tool)."
                            : ".";
        };
        return new NrpsException(kindOf(status), status, host(answer.uri()) + " answered HTTP " + status + " to the "
                + STEP + why);
    }

    static NrpsException unanswered(URI url, PlatformHttp.Unanswered e) {
        Kind kind = e.why() == PlatformHttp.Unanswered.Why.TOO_LARGE ? Kind.CONFIGURATION : Kind.TRANSIENT;
        return new NrpsException(kind, UNREACHABLE, host(url) + " " + e.getMessage() + " (" + STEP + ").");
    }

    static NrpsException unusable(PlatformAnswer answer, String what) {
        return new NrpsException(Kind.CONFIGURATION, answer.status(), host(answer.uri()) + " answered the " + STEP
                + " with " + what + " (HTTP " + answer.status() + ", " + answer.mediaType() + ").");
    }

    private static String host(URI url) {
        return url == null || url.getHost() == null ? "The platform" : url.getHost();
    }
}
