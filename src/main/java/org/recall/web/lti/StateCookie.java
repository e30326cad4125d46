package org.recall.web.lti;

import jakarta.ws.rs.core.Cookie;
import java.util.Map;
import org.recall.lti.login.LoginInitiation;

/**
 * Binds a login's {@code state} to the browser that started it (Security Framework §5.1.1.5: the state
 * must be checked against the user agent). The cookie must cross sites (the platform form-posts the
 * launch), so it is {@code SameSite=None; Secure}; {@code Partitioned} (CHIPS) makes Chromium return it
 * inside the LMS iframe too. Its name carries the state, so parallel launches in several tabs coexist.
 */
final class StateCookie {

    private static final String PREFIX = "lti_state_";

    private StateCookie() {
    }

    static String set(String state) {
        return PREFIX + state + "=1; Path=/lti/; Max-Age=" + LoginInitiation.STATE_LIFETIME.toSeconds()
                + "; Secure; HttpOnly; SameSite=None; Partitioned";
    }

    static String clear(String state) {
        return PREFIX + state + "=; Path=/lti/; Max-Age=0; Secure; HttpOnly; SameSite=None; Partitioned";
    }

    /** The state this browser proves it holds, or null. */
    static String boundState(Map<String, Cookie> cookies, String state) {
        return state != null && cookies.containsKey(PREFIX + state) ? state : null;
    }
}
