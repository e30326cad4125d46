package org.recall.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Objects;
import org.recall.lti.Platform;
import org.recall.lti.PlatformRegistry;
import org.recall.lti.login.LoginState;

/**
 * Step 3: the registration the token is for. The login state names the registration (issuer, client id)
 * chosen at login initiation; the token's {@code iss} must be that registration's issuer (Security
 * Framework §5.1.3 step 2). Its {@code aud} and {@code azp} are checked against the registration's client
 * id after the signature ({@link IdTokenClaimsVerifier}, {@link IdTokenRules}).
 */
final class Registration {

    private final PlatformRegistry platforms;

    Registration(PlatformRegistry platforms) {
        this.platforms = platforms;
    }

    Platform of(JWTClaimsSet unverifiedClaims, LoginState login) throws LaunchException {
        Platform platform = platforms.byId(login.platformId())
                .orElseThrow(() -> Refusal.of(LaunchError.UNKNOWN_ISSUER, "registration removed since login"));
        if (!platform.active()) {
            throw Refusal.of(LaunchError.PLATFORM_PENDING, "registration no longer approved since login");
        }
        String issuer = unverifiedClaims.getIssuer();
        if (!Objects.equals(issuer, platform.issuer())) {
            throw Refusal.of(LaunchError.ISSUER_MISMATCH, "iss " + issuer + ", login was for " + platform.issuer());
        }
        return platform;
    }
}
