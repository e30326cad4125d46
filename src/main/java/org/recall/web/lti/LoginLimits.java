package org.recall.web.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recall.lti.launch.LaunchError;
import org.recall.lti.launch.LaunchException;
import org.recall.web.ClientAddress;
import org.recall.web.Throttle;

/**
 * What a login initiation may cost (LTI 1.3 Core §4.1 leaves it open): each parameter has a length cap, checked
 * before anything is stored, and each client address may start {@code RECALL_LOGIN_RATE} logins a minute (a
 * minute's worth at once, then evenly). A login writes two rows that live ten minutes; without these, a flood
 * fills the database. The machine itself (loopback) is not limited: behind a reverse proxy, set
 * {@code RECALL_CLIENT_ADDRESS_HEADER} so that each client is counted, not the proxy.
 */
@ApplicationScoped
public class LoginLimits {

    /** The longest value Recall takes for each parameter; Canvas's lti_message_hint (a JWT) is the longest seen. */
    static final Map<String, Integer> MAX_LENGTHS = Map.of("iss", 1000, "login_hint", 2000, "target_link_uri", 1000,
            "lti_message_hint", 3000, "client_id", 255, "lti_deployment_id", 255, "lti_storage_target", 100);

    @Inject
    @ConfigProperty(name = "recall.login-rate", defaultValue = "600")
    int perMinute;

    private volatile Throttle throttle;

    /** Refused (400) when a parameter is longer than Recall takes. */
    void checkSizes(Map<String, String> parameters) throws LaunchException {
        for (var parameter : parameters.entrySet()) {
            Integer max = MAX_LENGTHS.get(parameter.getKey());
            if (max != null && parameter.getValue().length() > max) {
                throw new LaunchException(LaunchError.LOGIN_PARAMETER_TOO_LONG);
            }
        }
    }

    /** Empty when this address may start a login now; else the seconds to wait ({@code Retry-After}). */
    OptionalLong take(String clientAddress) {
        if (perMinute <= 0 || ClientAddress.isLoopback(clientAddress)) {
            return OptionalLong.empty();
        }
        Throttle t = throttle;
        if (t == null) {
            t = new Throttle(perMinute, Duration.ofMinutes(1).dividedBy(perMinute));
            throttle = t;
        }
        return t.take(clientAddress);
    }
}
