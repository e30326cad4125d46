package org.recall.lti.deeplinking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recall.lti.claims.LtiClaims;
import org.recall.lti.keys.ToolKey;

class DeepLinkingResponseTest {

    private static ToolKey key;
    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private static final DeepLinkingResponse.Addressee TO = new DeepLinkingResponse.Addressee(
            "client-7", "https://moodle.example.edu", "3", Optional.of("opaque {\"data\"} 1ab3"));

    @BeforeAll
    static void keys() throws Exception {
        RSAKey rsa = new RSAKeyGenerator(2048).keyID("tool-kid-1").generate();
        key = new ToolKey("tool-kid-1", rsa, NOW, null);
    }

    private static ResourceLinkItem graded() {
        return new ResourceLinkItem("Week 1 quiz", URI.create("https://recall.example.edu/lti/launch"),
                Map.of("deck", "mlops-vs-devops", "modes", "quiz,review", "points", "100", "attempts", "2"),
                Optional.of(new LineItem(100, "Week 1 quiz", "mlops-vs-devops", "recall-quiz")));
    }

    @Test
    void signedWithTheToolKeyAndItsKid() throws Exception {
        SignedJWT jwt = SignedJWT.parse(DeepLinkingResponse.sign(key, TO, List.of(graded()), NOW));
        assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
        assertEquals("tool-kid-1", jwt.getHeader().getKeyID());
        assertTrue(jwt.verify(new RSASSAVerifier(key.key().toRSAPublicKey())));
    }

    @Test
    void carriesEveryClaimOfTheResponseMessage() throws Exception {
        var claims = SignedJWT.parse(DeepLinkingResponse.sign(key, TO, List.of(graded()), NOW)).getJWTClaimsSet();
        assertEquals("client-7", claims.getIssuer());
        assertEquals(List.of("https://moodle.example.edu"), claims.getAudience());
        assertEquals(NOW.getEpochSecond(), claims.getIssueTime().toInstant().getEpochSecond());
        assertEquals(NOW.plus(DeepLinkingResponse.LIFETIME).getEpochSecond(), claims.getExpirationTime().toInstant().getEpochSecond());
        assertTrue(claims.getStringClaim("nonce").length() >= 22);
        assertEquals("3", claims.getStringClaim(LtiClaims.DEPLOYMENT_ID));
        assertEquals("LtiDeepLinkingResponse", claims.getStringClaim(LtiClaims.MESSAGE_TYPE));
        assertEquals("1.3.0", claims.getStringClaim(LtiClaims.VERSION));
        assertEquals("opaque {\"data\"} 1ab3", claims.getStringClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void holdsOneResourceLinkWithCustomParametersAndItsLineItem() throws Exception {
        var claims = SignedJWT.parse(DeepLinkingResponse.sign(key, TO, List.of(graded()), NOW)).getJWTClaimsSet();
        List<Object> items = (List<Object>) claims.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
        assertEquals(1, items.size());
        Map<String, Object> item = (Map<String, Object>) items.get(0);
        assertEquals("ltiResourceLink", item.get("type"));
        assertEquals("Week 1 quiz", item.get("title"));
        assertEquals("https://recall.example.edu/lti/launch", item.get("url"));
        assertEquals(Map.of("deck", "mlops-vs-devops", "modes", "quiz,review", "points", "100", "attempts", "2"), item.get("custom"));
        Map<String, Object> lineItem = (Map<String, Object>) item.get("lineItem");
        assertEquals(100L, ((Number) lineItem.get("scoreMaximum")).longValue());
        assertEquals("Week 1 quiz", lineItem.get("label"));
        assertEquals("mlops-vs-devops", lineItem.get("resourceId"));
        assertEquals("recall-quiz", lineItem.get("tag"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUngradedLinkHasNoLineItemAndNoDataClaimWhenTheRequestHadNone() throws Exception {
        var ungraded = new ResourceLinkItem("Practice", null, Map.of("deck", "d"), Optional.empty());
        var to = new DeepLinkingResponse.Addressee("c", "https://lms.example.edu", "1", Optional.empty());
        var claims = SignedJWT.parse(DeepLinkingResponse.sign(key, to, List.of(ungraded), NOW)).getJWTClaimsSet();
        Map<String, Object> item = (Map<String, Object>) ((List<Object>) claims.getClaim(DeepLinkingResponse.CONTENT_ITEMS)).get(0);
        assertFalse(item.containsKey("lineItem"));
        assertFalse(item.containsKey("url"));
        assertNull(claims.getClaim(DeepLinkingResponse.DATA));
    }

    @Test
    void everyResponseHasItsOwnNonce() throws Exception {
        String a = SignedJWT.parse(DeepLinkingResponse.sign(key, TO, List.of(graded()), NOW)).getJWTClaimsSet().getStringClaim("nonce");
        String b = SignedJWT.parse(DeepLinkingResponse.sign(key, TO, List.of(graded()), NOW)).getJWTClaimsSet().getStringClaim("nonce");
        assertNotEquals(a, b);
    }
}
