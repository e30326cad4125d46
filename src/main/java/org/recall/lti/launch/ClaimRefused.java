package org.recall.lti.launch;

import com.nimbusds.jwt.proc.BadJWTException;

/** Carries a {@link LaunchError} out of Nimbus' JWT processor, which only lets JOSE exceptions through. */
final class ClaimRefused extends BadJWTException {

    private static final long serialVersionUID = 1L;

    private final transient LaunchError error;

    ClaimRefused(LaunchError error, String detail, Throwable cause) {
        super(detail, cause);
        this.error = error;
    }

    LaunchError error() {
        return error;
    }
}
