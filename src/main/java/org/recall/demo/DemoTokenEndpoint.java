package org.recall.demo;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.recall.lti.keys.ToolKeys;
import org.recall.web.ClientError;

/**
 * The demo platform's OAuth 2.0 token endpoint for AGS (Security Framework §4.1): the client credentials
 * grant with a {@code private_key_jwt} assertion, checked against Recall's published keys, as a real
 * platform checks them against the tool's JWKS URL.
 */
@ApplicationScoped
public class DemoTokenEndpoint {

    static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final long LIFETIME_SECONDS = 3600;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An access token the demo issued: its scopes and expiry. */
    record Grant(Set<String> scopes, Instant expiresAt) {
    }

    @Inject
    ToolKeys toolKeys;

    @Inject
    DemoPlatform platform;

    private final Map<String, Grant> issued = new ConcurrentHashMap<>();

    /** Checks the client assertion and answers the token response (RFC 6749 §5.1). */
    Map<String, Object> token(String grantType, String assertionType, String assertion, String scope) {
        if (!"client_credentials".equals(grantType)) {
            throw ClientError.badRequest("grant_type", "unsupported_grant_type");
        }
        if (!ASSERTION_TYPE.equals(assertionType) || assertion == null) {
            throw new ClientError(401, "invalid_client: a private_key_jwt client assertion is required", "client_assertion");
        }
        verify(assertion);
        Set<String> scopes = scope == null ? Set.of() : Set.of(scope.trim().split("\\s+"));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        issued.put(token, new Grant(scopes, Instant.now().plusSeconds(LIFETIME_SECONDS)));
        return Map.of("access_token", token, "token_type", "Bearer", "expires_in", LIFETIME_SECONDS,
                "scope", String.join(" ", scopes));
    }

    /** Requires a live bearer token carrying {@code scope}. */
    void requireScope(String authorization, String scope) {
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : "";
        Grant grant = issued.get(token);
        if (grant == null || Instant.now().isAfter(grant.expiresAt())) {
            throw new ClientError(401, "A valid access token is required.");
        }
        if (!grant.scopes().contains(scope)) {
            throw new ClientError(403, "The access token does not grant " + scope + ".");
        }
    }

    private void verify(String assertion) {
        try {
            var processor = new DefaultJWTProcessor<SecurityContext>();
            var keys = new ImmutableJWKSet<SecurityContext>(JWKSet.parse(toolKeys.publicJwks()));
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(platform.base() + "/demo/token",
                    new JWTClaimsSet.Builder().issuer(DemoPlatform.CLIENT_ID).subject(DemoPlatform.CLIENT_ID).build(),
                    Set.of("exp", "iat", "jti")));
            processor.process(assertion, null);
        } catch (ParseException | com.nimbusds.jose.proc.BadJOSEException | com.nimbusds.jose.JOSEException e) {
            throw new ClientError(401, "invalid_client: the client assertion does not verify (" + e.getMessage() + ")",
                    "client_assertion");
        }
    }
}
