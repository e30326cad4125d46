package org.recall.lti.launch;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;

/**
 * A parsed JWS whose claims were decoded once, with the JDK's Base64 decoder: Nimbus decodes the payload
 * with its constant-time codec, made for secrets and several times slower on a launch's few kilobytes of
 * public claims. The signature is still checked by Nimbus over the token's own base64url parts, so the
 * claims answered are those of the signed bytes; a payload the JDK will not decode is refused as malformed.
 */
final class DecodedSignedJWT extends SignedJWT {

    private static final long serialVersionUID = 1L;

    private final transient JWTClaimsSet claims;

    private DecodedSignedJWT(Base64URL header, Base64URL payload, Base64URL signature, JWTClaimsSet claims)
            throws ParseException {
        super(header, payload, signature);
        this.claims = claims;
    }

    /** The same token with its claims decoded now, once. */
    static DecodedSignedJWT of(SignedJWT jwt) throws ParseException {
        Base64URL[] parts = jwt.getParsedParts();
        String json;
        try {
            json = new String(Base64.getUrlDecoder().decode(parts[1].toString()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ParseException("Payload is not base64url: " + e.getMessage(), 0);
        }
        return new DecodedSignedJWT(parts[0], parts[1], parts[2], JWTClaimsSet.parse(JSONObjectUtils.parse(json)));
    }

    @Override
    public JWTClaimsSet getJWTClaimsSet() {
        return claims;
    }
}
