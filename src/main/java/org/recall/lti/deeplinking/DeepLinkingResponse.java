package org.recall.lti.deeplinking;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.recall.lti.claims.LtiClaims;
import org.recall.lti.keys.ToolKey;

/**
 * Builds and signs the {@code LtiDeepLinkingResponse} JWT, Deep Linking 2.0 §4.5: {@code iss} = the
 * tool's client id, {@code aud} = the platform issuer (§4.5, "the issuer of the request"), {@code iat},
 * {@code exp}, a fresh {@code nonce}, {@code deployment_id}, {@code message_type}, {@code version},
 * the request's {@code data} echoed unchanged (§4.5.1 "data") and the {@code content_items} (§4.5.2).
 * Signed RS256 with the tool key, {@code kid} in the header (Security Framework §5.1.2, §6.3), so that the
 * platform checks it against the tool's JWKS.
 */
public final class DeepLinkingResponse {

    public static final String CONTENT_ITEMS = LtiClaims.DEEP_LINKING + "content_items";
    public static final String DATA = LtiClaims.DEEP_LINKING + "data";
    /** The message type of the answer (§4.5); not a launch type, so not in {@code MessageType}. */
    public static final String MESSAGE_TYPE = "LtiDeepLinkingResponse";
    /** Long enough for the browser's form post to reach the platform, short enough to be useless later. */
    public static final Duration LIFETIME = Duration.ofMinutes(5);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Who the response is from and to: taken from the deep linking request's session. */
    public record Addressee(String clientId, String platformIssuer, String deploymentId, Optional<String> data) {
        public Addressee {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(platformIssuer, "platformIssuer");
            Objects.requireNonNull(deploymentId, "deploymentId");
            Objects.requireNonNull(data, "data");
        }
    }

    private DeepLinkingResponse() {
    }

    public static String sign(ToolKey key, Addressee to, List<ResourceLinkItem> items, Instant now) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(to.clientId())
                .audience(to.platformIssuer())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .claim("nonce", nonce())
                .claim(LtiClaims.DEPLOYMENT_ID, to.deploymentId())
                .claim(LtiClaims.MESSAGE_TYPE, MESSAGE_TYPE)
                .claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION)
                .claim(CONTENT_ITEMS, items.stream().map(ResourceLinkItem::toJson).toList());
        to.data().ifPresent(data -> claims.claim(DATA, data));
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.kid())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new RSASSASigner(key.key()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the deep linking response", e);
        }
        return jwt.serialize();
    }

    private static String nonce() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
