package org.recall.lti.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The tool's signing keys (Security Framework §6): a 2048-bit RSA key made on first use, rotation with
 * a grace period (§6.3), and the public JWK Set served at {@code /.well-known/jwks.json} (RFC 7517).
 */
public final class ToolKeys {

    static final int KEY_SIZE = 2048;

    private final ToolKeyStore store;
    private final Clock clock;

    public ToolKeys(ToolKeyStore store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The newest key that is not retiring; made and saved when there is none. */
    public synchronized ToolKey signingKey() {
        return store.all().stream()
                .filter(key -> !key.isRetiring())
                .max(Comparator.comparing(ToolKey::createdAt))
                .orElseGet(this::generate);
    }

    /** Makes a new signing key; the previous ones retire after {@code grace}; retired ones are deleted. */
    public synchronized ToolKey rotate(Duration grace) {
        Instant now = clock.instant();
        for (ToolKey key : store.all()) {
            if (!key.isPublishedAt(now)) {
                store.delete(key.kid());
            } else if (!key.isRetiring()) {
                store.save(key.retiringAt(now.plus(grace)));
            }
        }
        return generate();
    }

    /** The public JWK Set: every key not yet retired, public parts only, {@code use=sig}, {@code alg=RS256}. */
    public synchronized String publicJwks() {
        signingKey();
        Instant now = clock.instant();
        List<JWK> keys = store.all().stream()
                .filter(key -> key.isPublishedAt(now))
                .sorted(Comparator.comparing(ToolKey::createdAt).reversed())
                .map(key -> (JWK) key.key().toPublicJWK())
                .toList();
        return new JWKSet(keys).toString(true);
    }

    private ToolKey generate() {
        try {
            RSAKey key = new RSAKeyGenerator(KEY_SIZE)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate();
            ToolKey toolKey = new ToolKey(key.getKeyID(), key, clock.instant(), null);
            store.save(toolKey);
            return toolKey;
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }
}
