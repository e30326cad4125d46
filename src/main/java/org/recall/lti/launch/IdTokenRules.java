package org.recall.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import org.recall.lti.Platform;
import org.recall.lti.login.LoginState;

/**
 * Step 6: the ID token rules Nimbus does not check (OIDC Core §3.1.3.7; Security Framework §5.1.3):
 * {@code iat} not in the future, {@code azp} when there are several audiences, the {@code nonce} issued
 * at login, and a non-empty {@code sub} (Recall refuses anonymous launches, LTI 1.3 Core §5.3.6).
 */
final class IdTokenRules {

    private IdTokenRules() {
    }

    static void check(JWTClaimsSet claims, Platform platform, LoginState login, Instant now) throws LaunchException {
        issuedInThePast(claims, now);
        authorizedParty(claims, platform.clientId());
        nonce(claims, login.nonce());
        subject(claims);
    }

    /** Security Framework §5.1.3 step 8: iat may not lie in the future beyond the clock skew. */
    private static void issuedInThePast(JWTClaimsSet claims, Instant now) throws LaunchException {
        Instant latest = now.plusSeconds(IdTokenClaimsVerifier.MAX_CLOCK_SKEW_SECONDS);
        if (claims.getIssueTime().toInstant().isAfter(latest)) {
            throw Refusal.of(LaunchError.ISSUED_IN_FUTURE, "iat " + claims.getIssueTime().toInstant());
        }
    }

    /** Security Framework §5.1.3 steps 4-5, OIDC Core §3.1.3.7 steps 4-5. */
    private static void authorizedParty(JWTClaimsSet claims, String clientId) throws LaunchException {
        Object azp = claims.getClaim("azp");
        List<String> audience = claims.getAudience();
        if (azp == null && audience.size() > 1) {
            throw Refusal.of(LaunchError.AZP_MISSING, "aud " + audience + " without azp");
        }
        if (azp != null && !clientId.equals(azp.toString())) {
            throw Refusal.of(LaunchError.AZP_MISMATCH, "azp " + azp);
        }
    }

    /** Security Framework §5.1.3 step 9: the nonce is the one issued with this state. */
    private static void nonce(JWTClaimsSet claims, String expected) throws LaunchException {
        Object nonce = claims.getClaim("nonce");
        byte[] actual = String.valueOf(nonce).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(actual, expected.getBytes(StandardCharsets.UTF_8))) {
            throw Refusal.of(LaunchError.NONCE_MISMATCH, "nonce not issued with this state");
        }
    }

    private static void subject(JWTClaimsSet claims) throws LaunchException {
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank()) {
            throw Refusal.of(LaunchError.ANONYMOUS_LAUNCH, "empty sub");
        }
    }
}
