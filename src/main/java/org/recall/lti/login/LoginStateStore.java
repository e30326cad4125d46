package org.recall.lti.login;

import java.util.Map;
import java.util.Optional;

/**
 * Server-side store of login states, shared by all instances (JDBC in Recall). Each state is used
 * once: this is what makes a nonce single-use (Security Framework §5.1.3 step 9 and §7.3.1).
 */
public interface LoginStateStore {

    void save(LoginState loginState);

    /**
     * Saves the state together with the platform's login request parameters, so that the same login can be
     * started again later (in a new window) for as long as the state lives. Stores that keep no request
     * save the state alone.
     */
    default void save(LoginState loginState, Map<String, String> loginRequest) {
        save(loginState);
    }

    /** Atomically deletes and returns the state; empty when it is absent or expired. */
    Optional<LoginState> consume(String state);
}
