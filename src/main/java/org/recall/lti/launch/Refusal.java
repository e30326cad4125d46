package org.recall.lti.launch;

import java.util.logging.Logger;

/** Creates refusals and logs the exact failed check at FINE (never the token itself). */
final class Refusal {

    private static final Logger LOG = Logger.getLogger(LaunchValidator.class.getName());

    private Refusal() {
    }

    static LaunchException of(LaunchError error, String detail) {
        return of(error, detail, null);
    }

    static LaunchException of(LaunchError error, String detail, Throwable cause) {
        LOG.fine(() -> "LTI launch refused: " + error + " (" + detail + ")");
        return new LaunchException(error, cause);
    }
}
