package org.recall.lti.launch;

/**
 * How the browser that posts a launch proves it started the login (Security Framework §5.1.1.5 and §7.3.1:
 * the state must be bound to the user agent): the state cookie the login set, or the value the login page put
 * in the platform's storage frame (LTI Client Side postMessages, Platform Storage), read back by the tool's own
 * page. The second is accepted only for a login whose platform offered platform storage, and only with that
 * login's value ({@link org.recall.lti.login.LoginState#storageProof()}).
 */
public record BrowserBinding(Kind kind, String value) {

    public enum Kind {
        COOKIE, PLATFORM_STORAGE
    }

    /** The state whose cookie the browser sent. */
    public static BrowserBinding cookie(String state) {
        return state == null || state.isBlank() ? null : new BrowserBinding(Kind.COOKIE, state);
    }

    /** The value the tool's page read back from the platform's storage. */
    public static BrowserBinding platformStorage(String value) {
        return value == null || value.isBlank() ? null : new BrowserBinding(Kind.PLATFORM_STORAGE, value);
    }
}
