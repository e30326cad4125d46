package org.recall.testplatform;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.text.ParseException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mints id_tokens for tests: starts from {@link MoodleClaims} (a valid resource link launch) and lets a
 * test change, add or remove any claim, the signing key, the kid and the algorithm.
 */
public final class IdTokenBuilder {

    private final Map<String, Object> claims;
    private final TestPlatform platform;
    private RSAKey key;
    private String kid;
    private JWSAlgorithm algorithm = JWSAlgorithm.RS256;

    IdTokenBuilder(TestPlatform platform, RSAKey key) {
        this.platform = platform;
        this.claims = ProfileClaims.resourceLinkRequest(platform, Instant.now());
        this.key = key;
        this.kid = key.getKeyID();
    }

    public IdTokenBuilder claim(String name, Object value) {
        claims.put(name, value);
        return this;
    }

    public IdTokenBuilder without(String name) {
        claims.remove(name);
        return this;
    }

    /** Removes one member of a claim's JSON object, e.g. {@code without(ResourceLinkClaim.CLAIM, "id")}. */
    @SuppressWarnings("unchecked")
    public IdTokenBuilder without(String claim, String member) {
        Map<String, Object> object = new HashMap<>((Map<String, Object>) claims.get(claim));
        object.remove(member);
        claims.put(claim, object);
        return this;
    }

    public IdTokenBuilder subject(String subject) {
        return claim("sub", subject);
    }

    public IdTokenBuilder nonce(String nonce) {
        return claim("nonce", nonce);
    }

    public IdTokenBuilder roles(String... roles) {
        return claim(MoodleClaims.ROLES, List.of(roles));
    }

    public IdTokenBuilder messageType(String messageType) {
        return claim(MoodleClaims.MESSAGE_TYPE, messageType);
    }

    public IdTokenBuilder issuedAt(Instant iat) {
        return claim("iat", iat.getEpochSecond());
    }

    public IdTokenBuilder expiresAt(Instant exp) {
        return claim("exp", exp.getEpochSecond());
    }

    /** Turns the token into an LtiDeepLinkingRequest as the platform's product sends it. */
    public IdTokenBuilder deepLinkingRequest() {
        ProfileClaims.toDeepLinkingRequest(platform, claims);
        return this;
    }

    /** Signs with another key, keeping the kid unless {@link #kid(String)} says otherwise. */
    public IdTokenBuilder signWith(RSAKey otherKey) {
        this.key = otherKey;
        return this;
    }

    public IdTokenBuilder kid(String kid) {
        this.kid = kid;
        return this;
    }

    public IdTokenBuilder header(JWSAlgorithm algorithm) {
        this.algorithm = algorithm;
        return this;
    }

    public String sign() {
        try {
            return sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HMAC-signs the token with {@code secret} (the classic key-confusion attack uses the public key). */
    public String signHmac(byte[] secret) {
        try {
            return header(JWSAlgorithm.HS256).sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsecured JWT, {@code alg: none}. */
    public String unsigned() {
        return new PlainJWT(claimsSet()).serialize();
    }

    private String sign(JWSSigner signer) throws JOSEException {
        JWSHeader header = new JWSHeader.Builder(algorithm).keyID(kid).build();
        Base64URL headerPart = header.toBase64URL();
        Base64URL payloadPart = Base64URL.encode(claimsSet().toString());
        byte[] signingInput = (headerPart + "." + payloadPart).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Base64URL signature = signer.sign(header, signingInput);
        return headerPart + "." + payloadPart + "." + signature;
    }

    private JWTClaimsSet claimsSet() {
        try {
            return JWTClaimsSet.parse(new LinkedHashMap<>(claims));
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
