package org.recall.lti.launch;

/**
 * Every reason a login or launch is refused, one constant per check, each with the HTTP status the
 * web layer answers and a sentence a student or an administrator can act on. Tests assert these
 * constants exactly.
 */
public enum LaunchError {
    // Login initiation (LTI 1.3 Core §4.1, Security Framework §5.1.1)
    UNKNOWN_ISSUER(403, "This course platform is not registered with Recall. Ask your administrator to register it."),
    PLATFORM_PENDING(403, "This course platform's registration of Recall waits for approval by Recall's administrator. Ask your administrator to approve it on Recall's admin page."),
    LOGIN_PARAMETER_TOO_LONG(400, "The course platform sent a login request with a value longer than Recall accepts. Ask your administrator to check the platform's settings."),
    TOO_MANY_LOGINS(429, "Too many activities were opened from your network in a short time. Wait a minute, then open the activity again."),
    LOGIN_HINT_MISSING(400, "The course platform sent an incomplete login request. Go back to your course and open the activity again."),
    TARGET_LINK_URI_FOREIGN(400, "The course platform asked to open an address outside Recall. Ask your administrator to check the tool's launch URL."),

    // Token format
    TOKEN_TOO_LARGE(400, "The course platform sent a launch that is too large. Ask your administrator to check the platform's settings."),
    TOKEN_MALFORMED(400, "The launch from your course platform was damaged on the way. Go back to your course and open the activity again."),
    TOKEN_UNSIGNED(401, "The launch was not signed by your course platform and cannot be trusted. Open the activity from your course."),

    // State (Security Framework §5.1.1.2, §7.3.1)
    STATE_MISSING(400, "The launch is incomplete. Go back to your course and open the activity again."),
    STATE_NOT_BOUND(401, "Your browser blocked the information Recall needs inside the course page. Open the activity in a new window."),
    STATE_MISMATCH(401, "This launch was started in another browser or tab. Go back to your course and open the activity again."),
    STORED_STATE_FORGED(401, "This launch did not come from the login your browser started. Go back to your course and open the activity again."),
    LOGIN_EXPIRED(401, "This launch has expired. Go back to your course and open the activity again."),

    // Registration and signature (Security Framework §5.1.3 steps 1-3, §6)
    ISSUER_MISMATCH(403, "This launch comes from a course platform Recall did not expect. Go back to your course and open the activity again."),
    ALGORITHM_NOT_ALLOWED(401, "The launch was signed in a way Recall does not accept. Ask your administrator to check the platform's key settings."),
    PLATFORM_KEYS_UNAVAILABLE(502, "Recall could not reach your course platform to check this launch. Try again in a minute."),
    UNKNOWN_SIGNING_KEY(401, "The launch was signed with a key your course platform does not publish. Ask your administrator to check the platform's keys."),
    BAD_SIGNATURE(401, "The launch signature is not valid. Open the activity from your course; if it persists, tell your administrator."),

    // ID token claims (Security Framework §5.1.3 steps 4-9, OIDC Core §3.1.3.7)
    MISSING_REQUIRED_CLAIM(400, "The course platform sent an incomplete launch. Ask your administrator to check the tool's settings."),
    CLAIM_MALFORMED(400, "The course platform sent a launch Recall cannot read. Ask your administrator to check the tool's settings."),
    EXPIRED(401, "This launch has expired. Go back to your course and open the activity again."),
    NOT_YET_VALID(401, "This launch is not valid yet; the clocks may differ. Wait a minute, then open the activity again."),
    ISSUED_IN_FUTURE(401, "This launch claims to come from the future; the clocks may differ. Ask your administrator to check the platform's clock."),
    WRONG_AUDIENCE(403, "This launch was meant for another tool. Ask your administrator to check the client ID."),
    AZP_MISSING(401, "This launch names several tools but not which one it is for. Ask your administrator to check the platform's settings."),
    AZP_MISMATCH(403, "This launch was authorised for another tool. Ask your administrator to check the client ID."),
    NONCE_MISMATCH(401, "This launch does not belong to the login that started it. Go back to your course and open the activity again."),
    ANONYMOUS_LAUNCH(403, "Recall needs to know who you are. Ask your administrator to let the platform share your user ID with Recall."),

    // LTI message (LTI 1.3 Core §5.3, Deep Linking 2.0 §4.4)
    DEPLOYMENT_MISSING(400, "The launch does not say which deployment of Recall it is for. Ask your administrator to check the platform's settings."),
    UNKNOWN_DEPLOYMENT(403, "This deployment of Recall is not registered. Ask your administrator to add the deployment ID."),
    WRONG_VERSION(400, "The course platform speaks an LTI version Recall does not support (1.3.0 required)."),
    MESSAGE_TYPE_MISSING(400, "The launch does not say what it is for. Ask your administrator to check the tool's settings."),
    UNSUPPORTED_MESSAGE_TYPE(400, "Recall cannot handle this kind of launch. Ask your administrator which placements Recall supports."),
    RESOURCE_LINK_ID_MISSING(400, "The launch does not name the activity. Ask your administrator to check the activity's settings."),
    ROLES_MISSING(400, "The launch does not say what your role in the course is. Ask your administrator to check the tool's privacy settings."),
    TARGET_LINK_URI_MISSING(400, "The launch does not say what to open. Ask your administrator to check the activity's settings."),
    DEEP_LINKING_SETTINGS_MISSING(400, "The content selection request is incomplete. Ask your administrator to check the tool's settings."),
    DEEP_LINK_RETURN_URL_NOT_WEB(400, "The content selection request names a return address that is not a web address. Ask your administrator to check the platform.");

    private final int httpStatus;
    private final String userMessage;

    LaunchError(int httpStatus, String userMessage) {
        this.httpStatus = httpStatus;
        this.userMessage = userMessage;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String userMessage() {
        return userMessage;
    }
}
