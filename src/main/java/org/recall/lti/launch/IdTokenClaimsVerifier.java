package org.recall.lti.launch;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import java.time.Clock;
import java.util.Date;
import java.util.Set;

/**
 * The ID token claims Nimbus checks for us (Security Framework §5.1.3 steps 3, 7 and 9; OIDC Core
 * §3.1.3.7): {@code aud} contains our client id, {@code exp} not passed and {@code nbf} reached with
 * {@value #MAX_CLOCK_SKEW_SECONDS} s of clock skew, and the required claims present. Each failure becomes
 * the matching {@link LaunchError}.
 */
final class IdTokenClaimsVerifier extends DefaultJWTClaimsVerifier<SecurityContext> {

    static final int MAX_CLOCK_SKEW_SECONDS = 60;
    static final Set<String> REQUIRED = Set.of("iss", "sub", "aud", "exp", "iat", "nonce");

    private final Clock clock;

    IdTokenClaimsVerifier(String clientId, Clock clock) {
        super(Set.of(clientId), null, REQUIRED, null);
        this.clock = clock;
        setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
        try {
            super.verify(claims, context);
        } catch (ExpiredJWTException e) {
            throw new ClaimRefused(LaunchError.EXPIRED, e.getMessage(), e);
        } catch (BadJWTException e) {
            throw new ClaimRefused(errorFor(e.getMessage()), e.getMessage(), e);
        }
    }

    /** Maps the messages of {@link DefaultJWTClaimsVerifier#verify} (Nimbus 10) to our errors. */
    static LaunchError errorFor(String nimbusMessage) {
        String message = String.valueOf(nimbusMessage);
        if (message.startsWith("JWT missing required claims")) {
            return LaunchError.MISSING_REQUIRED_CLAIM;
        }
        if (message.contains("aud")) {
            return LaunchError.WRONG_AUDIENCE;
        }
        if (message.contains("before use time")) {
            return LaunchError.NOT_YET_VALID;
        }
        return LaunchError.CLAIM_MALFORMED;
    }

    @Override
    protected Date currentTime() {
        return Date.from(clock.instant());
    }
}
