package org.recall.lti.registration;

/**
 * A dynamic registration that cannot go on, with the HTTP status to answer and a sentence for the
 * platform administrator. The messages are constants the tests assert.
 */
public final class RegistrationFailed extends Exception {

    public static final String BAD_CONFIGURATION_URL =
            "The registration link is incomplete: its openid_configuration parameter must be an absolute https URL. "
            + "Start the registration again from your platform.";
    public static final String UNREACHABLE =
            "Recall could not read your platform's OpenID configuration (no answer, or not a JSON document). "
            + "Check that the platform is reachable from Recall's server and try again.";
    public static final String MISSING_FIELD =
            "Your platform's OpenID configuration lacks a required field: ";
    public static final String ISSUER_MISMATCH =
            "Your platform's OpenID configuration names an issuer on another site than the configuration itself, "
            + "which the LTI Dynamic Registration specification forbids. Recall registered nothing.";
    public static final String PLATFORM_REFUSED =
            "Your platform refused Recall's registration (the registration token may have expired or been used). "
            + "Nothing was stored; start the registration again from your platform.";
    public static final String PLATFORM_UNREACHABLE =
            "Recall could not reach your platform's registration endpoint. Nothing was stored; try again.";
    public static final String BAD_ANSWER =
            "Your platform accepted the registration but its answer lacks a client_id. Nothing was stored in Recall.";
    public static final String EXPIRED =
            "This registration page has expired or was already used. Start the registration again from your platform.";

    private final int status;

    public RegistrationFailed(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
