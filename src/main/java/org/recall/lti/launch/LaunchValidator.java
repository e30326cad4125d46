package org.recall.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import org.recall.lti.Platform;
import org.recall.lti.PlatformRegistry;
import org.recall.lti.claims.MessageType;
import org.recall.lti.keys.PlatformKeys;
import org.recall.lti.login.LoginState;
import org.recall.lti.login.LoginStateStore;

/**
 * Validates the id_token the platform posts to the tool's redirect URI (LTI 1.3 Core §5.1, Security
 * Framework §5.1.3) as an ordered chain of named steps; the first failure refuses the launch with a
 * {@link LaunchException}. Thread-safe; share one instance.
 */
public final class LaunchValidator {

    private final StateCheck stateCheck;
    private final Registration registration;
    private final SignatureCheck signatureCheck;
    private final Clock clock;

    public LaunchValidator(PlatformRegistry platforms, LoginStateStore states, PlatformKeys keys, Clock clock) {
        this.stateCheck = new StateCheck(states);
        this.registration = new Registration(platforms);
        this.signatureCheck = new SignatureCheck(keys, clock);
        this.clock = clock;
    }

    /**
     * @param idToken the posted {@code id_token}
     * @param stateParam the posted {@code state}
     * @param browserBoundState the state whose cookie the browser sent, or null
     */
    public Launch validate(String idToken, String stateParam, String browserBoundState) throws LaunchException {
        return validate(idToken, stateParam, BrowserBinding.cookie(browserBoundState));
    }

    /**
     * @param idToken the posted {@code id_token}
     * @param stateParam the posted {@code state}
     * @param binding how the browser proves it started the login, or null when it proves nothing
     */
    public Launch validate(String idToken, String stateParam, BrowserBinding binding) throws LaunchException {
        SignedJWT jwt = TokenFormat.parse(idToken);
        LoginState login = stateCheck.consume(stateParam, binding);
        Platform platform = registration.of(unverifiedClaims(jwt), login);
        JWTClaimsSet claims = signatureCheck.verify(jwt, platform);
        IdTokenRules.check(claims, platform, login, clock.instant());
        ClaimReader reader = new ClaimReader(claims);
        MessageType type = LtiMessageRules.check(reader, platform, login.targetLinkUri());
        return LaunchReader.read(reader, platform, type);
    }

    private static JWTClaimsSet unverifiedClaims(SignedJWT jwt) throws LaunchException {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw Refusal.of(LaunchError.TOKEN_MALFORMED, e.getMessage(), e);
        }
    }
}
