package org.recall.web.lti;

import jakarta.ws.rs.core.Cookie;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
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
    /**
     * State cookies a browser keeps at once. Each unfinished login leaves one for ten minutes; some 150 of them make
     * the Cookie header too large for any server, and the browser is locked out. Logins past this expire the oldest.
     */
    static final int MAX_KEPT = 10;

    private StateCookie() {
    }

    /** The cookie of a new login; its value is the time it was set, so that the oldest can be told. */
    static String set(String state) {
        return PREFIX + state + "=" + Instant.now().getEpochSecond() + "; Path=/lti/; Max-Age="
                + LoginInitiation.STATE_LIFETIME.toSeconds() + "; Secure; HttpOnly; SameSite=None; Partitioned";
    }

    /** The cookies to expire so that, with the one a new login sets, the browser keeps at most {@link #MAX_KEPT}. */
    static List<String> expireOldest(Map<String, Cookie> cookies) {
        List<Cookie> states = cookies.values().stream().filter(c -> c.getName().startsWith(PREFIX))
                .sorted(Comparator.comparingLong(StateCookie::setAt)).toList();
        int extra = states.size() - (MAX_KEPT - 1);
        return extra <= 0 ? List.of() : states.subList(0, extra).stream()
                .map(c -> clear(c.getName().substring(PREFIX.length()))).toList();
    }

    private static long setAt(Cookie cookie) {
        try {
            return Long.parseLong(cookie.getValue());
        } catch (NumberFormatException e) {
            return 0; // a cookie from before values were times: the oldest
        }
    }

    static String clear(String state) {
        return PREFIX + state + "=; Path=/lti/; Max-Age=0; Secure; HttpOnly; SameSite=None; Partitioned";
    }

    /** The state this browser proves it holds, or null. */
    static String boundState(Map<String, Cookie> cookies, String state) {
        return state != null && cookies.containsKey(PREFIX + state) ? state : null;
    }
}
