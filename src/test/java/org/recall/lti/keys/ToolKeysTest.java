package org.recall.lti.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ToolKeysTest {

    private Instant now = Instant.parse("2025-03-01T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final InMemoryStore store = new InMemoryStore();
    private final ToolKeys keys = new ToolKeys(store, clock);

    @Test
    void generatesOneRsaKeyOnFirstUse() {
        ToolKey key = keys.signingKey();
        assertEquals(2048, key.key().size());
        assertTrue(key.key().isPrivate());
        assertEquals(key.kid(), key.key().getKeyID());
        assertEquals(key, keys.signingKey());
        assertEquals(1, store.all().size());
    }

    @Test
    void publishesPublicPartsOnly() throws Exception {
        ToolKey key = keys.signingKey();
        JWKSet jwks = JWKSet.parse(keys.publicJwks());
        JWK published = jwks.getKeyByKeyId(key.kid());

        assertFalse(published.isPrivate());
        assertFalse(keys.publicJwks().contains("\"d\""));
        assertEquals(KeyUse.SIGNATURE, published.getKeyUse());
        assertEquals(JWSAlgorithm.RS256, published.getAlgorithm());
    }

    @Test
    void rotationKeepsThePreviousKeyPublishedDuringGrace() throws Exception {
        ToolKey old = keys.signingKey();
        now = now.plusSeconds(60);
        ToolKey fresh = keys.rotate(Duration.ofHours(1));

        assertNotEquals(old.kid(), fresh.kid());
        assertEquals(fresh, keys.signingKey());
        assertNotNull(store.byKid(old.kid()).retiresAt());
        assertEquals(2, JWKSet.parse(keys.publicJwks()).size());

        now = now.plus(Duration.ofHours(2));
        assertEquals(1, JWKSet.parse(keys.publicJwks()).size());
        keys.rotate(Duration.ofHours(1));
        assertEquals(null, store.byKid(old.kid()), "expired key deleted at the next rotation");
    }

    private static final class InMemoryStore implements ToolKeyStore {
        private final Map<String, ToolKey> keys = new ConcurrentHashMap<>();

        @Override
        public List<ToolKey> all() {
            return List.copyOf(keys.values());
        }

        @Override
        public void save(ToolKey key) {
            keys.put(key.kid(), key);
        }

        @Override
        public void delete(String kid) {
            keys.remove(kid);
        }

        ToolKey byKid(String kid) {
            return keys.get(kid);
        }
    }
}
