package org.recall.lti.login;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.recall.lti.Platform;
import org.recall.lti.PlatformRegistry;
import org.recall.lti.launch.LaunchError;
import org.recall.lti.launch.LaunchException;

/**
 * Answers the platform's OIDC third-party initiated login (LTI 1.3 Core §4.1, Security Framework
 * §5.1.1.1) with an authentication request (§5.1.1.2), remembering state and nonce server side.
 */
public final class LoginInitiation {

    /** How long a student may take between login and launch. */
    public static final Duration STATE_LIFETIME = Duration.ofMinutes(10);
    /** The tool's redirect URI, relative to its base URI. */
    public static final String LAUNCH_PATH = "/lti/launch";

    private static final Logger LOG = Logger.getLogger(LoginInitiation.class.getName());

    private final PlatformRegistry platforms;
    private final LoginStateStore states;
    private final Clock clock;

    public LoginInitiation(PlatformRegistry platforms, LoginStateStore states, Clock clock) {
        this.platforms = Objects.requireNonNull(platforms);
        this.states = Objects.requireNonNull(states);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @param parameters the login request's parameters ({@code iss}, {@code login_hint},
     *     {@code target_link_uri}, {@code lti_message_hint}, {@code client_id}, {@code lti_deployment_id},
     *     {@code lti_storage_target}), from the query string or the form
     * @param toolBaseUri the tool's public base URI, e.g. {@code https://recall.example}
     */
    public LoginRedirect initiate(Map<String, String> parameters, URI toolBaseUri) throws LaunchException {
        Platform platform = platform(parameters.get("iss"), parameters.get("client_id"));
        String loginHint = require(parameters.get("login_hint"), LaunchError.LOGIN_HINT_MISSING);
        URI target = TargetLinkUri.onOrigin(parameters.get("target_link_uri"), toolBaseUri);
        Optional<String> storageTarget = present(parameters.get("lti_storage_target"));
        // Platform storage offered: the browser will prove its state with a value only the login page saw,
        // not with the state itself (which travels in URLs the platform logs).
        LoginState state = new LoginState(RandomToken.next(), RandomToken.next(), platform.id(), target,
                clock.instant().plus(STATE_LIFETIME), storageTarget.map(t -> RandomToken.next()).orElse(null));
        states.save(state, parameters);
        URI authorization = new AuthenticationRequest()
                .with("client_id", platform.clientId())
                .with("redirect_uri", TargetLinkUri.resolve(toolBaseUri, LAUNCH_PATH).toString())
                .with("login_hint", loginHint)
                .with("lti_message_hint", parameters.get("lti_message_hint"))
                .with("state", state.state())
                .with("nonce", state.nonce())
                .toUri(platform.authorizationEndpoint());
        return new LoginRedirect(authorization, state.state(), storageTarget, Optional.ofNullable(state.storageProof()));
    }

    private Platform platform(String issuer, String clientId) throws LaunchException {
        if (issuer == null || issuer.isBlank()) {
            throw refused(LaunchError.UNKNOWN_ISSUER, "iss missing");
        }
        Platform platform = platforms.find(issuer, present(clientId).orElse(null))
                .orElseThrow(() -> refused(LaunchError.UNKNOWN_ISSUER, "no registration for " + issuer));
        if (!platform.active()) {
            throw refused(LaunchError.PLATFORM_PENDING, "registration of " + issuer + " not approved");
        }
        return platform;
    }

    private static String require(String value, LaunchError error) throws LaunchException {
        return present(value).orElseThrow(() -> refused(error, "parameter missing"));
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    static LaunchException refused(LaunchError error, String detail) {
        LOG.fine(() -> "LTI login refused: " + error + " (" + detail + ")");
        return new LaunchException(error);
    }
}
