package org.recall.lti.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.recall.lti.Platform;
import org.recall.testplatform.Misbehaving;
import org.recall.testplatform.TestPlatform;

/** A platform's JWKS fetched within bounds, read by its body (issue 17, finding 7). */
class KeySetRetrieverTest {

    static Platform withJwks(TestPlatform lms, String path) {
        Platform p = lms.platform();
        return new Platform(p.id(), p.issuer(), p.clientId(), p.authorizationEndpoint(), p.tokenEndpoint(),
                lms.uri(path), p.deploymentIds());
    }

    static int keys(PlatformKeys keys, Platform platform) throws KeySourceException {
        return keys.of(platform).get(new JWKSelector(new JWKMatcher.Builder().build()), null).size();
    }

    @Test
    void aKeySetServedAsTextIsRead() throws Exception {
        try (var lms = new TestPlatform()) {
            String jwks = new com.nimbusds.jose.jwk.JWKSet(lms.signingKey().toPublicJWK()).toString();
            lms.handle("/text-jwks", exchange -> {
                byte[] body = jwks.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            });
            assertEquals(1, keys(new PlatformKeys(), withJwks(lms, "/text-jwks")));
        }
    }

    @Test
    void aHugeOrSlowKeySetFailsWithinTheBounds() {
        var sent = new AtomicLong();
        try (var lms = new TestPlatform()) {
            lms.handle("/huge-jwks", Misbehaving.huge(768L * 1024 * 1024, "application/json", sent));
            lms.handle("/slow-jwks", Misbehaving.slow(Duration.ofMillis(200), 10_000));
            var keys = new PlatformKeys(Duration.ofSeconds(1));
            long start = System.nanoTime();
            assertThrows(KeySourceException.class, () -> keys(keys, withJwks(lms, "/huge-jwks")));
            assertTrue(sent.get() < 32L * 1024 * 1024, "sent " + sent.get());
            assertThrows(KeySourceException.class, () -> keys(keys, withJwks(lms, "/slow-jwks")));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 5_000, "both took " + millis + " ms");
        }
    }
}
