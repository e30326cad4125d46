package org.recall.web.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.recall.store.LoginStateTable;

/**
 * The parameters of each login initiation, kept with its state for as long as the state lives
 * ({@link LoginStateTable}), so that a launch whose browser could not prove its state may be started
 * again in a new window, where cookies work.
 */
@ApplicationScoped
public class LoginRequests {

    @Inject
    LoginStateTable states;

    Optional<Map<String, String>> find(String state) {
        return states.loginRequest(state);
    }
}
