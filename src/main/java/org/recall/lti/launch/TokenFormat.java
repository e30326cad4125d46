package org.recall.lti.launch;

import com.nimbusds.jose.Algorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;

/**
 * Step 1: the id_token is a compact JWS of reasonable size (Security Framework §5.1.3 step 1: the
 * token MUST be signed; unsigned tokens and {@code alg: none} are refused).
 */
final class TokenFormat {

    /** Larger tokens are refused before parsing. */
    static final int MAX_LENGTH = 64 * 1024;

    private TokenFormat() {
    }

    static SignedJWT parse(String idToken) throws LaunchException {
        if (idToken == null || idToken.isBlank()) {
            throw Refusal.of(LaunchError.TOKEN_MALFORMED, "id_token missing");
        }
        if (idToken.length() > MAX_LENGTH) {
            throw Refusal.of(LaunchError.TOKEN_TOO_LARGE, idToken.length() + " characters");
        }
        JWT jwt = parseAny(idToken.trim());
        if (jwt instanceof SignedJWT signed && !Algorithm.NONE.equals(signed.getHeader().getAlgorithm())) {
            try {
                return DecodedSignedJWT.of(signed);
            } catch (ParseException | RuntimeException e) {
                throw Refusal.of(LaunchError.TOKEN_MALFORMED, e.getMessage(), e);
            }
        }
        throw Refusal.of(LaunchError.TOKEN_UNSIGNED, "not a JWS: " + jwt.getHeader().getAlgorithm());
    }

    private static JWT parseAny(String idToken) throws LaunchException {
        try {
            JWT jwt = JWTParser.parse(idToken);
            if (!(jwt instanceof SignedJWT)) {
                jwt.getJWTClaimsSet(); // a plain or encrypted token: its claims are read only to tell it apart
            }
            return jwt;
        } catch (ParseException | RuntimeException e) {
            throw Refusal.of(LaunchError.TOKEN_MALFORMED, e.getMessage(), e);
        }
    }
}
