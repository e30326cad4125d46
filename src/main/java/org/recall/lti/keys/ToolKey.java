package org.recall.lti.keys;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;
import java.util.Objects;

/**
 * One of the tool's RSA signing keys (Security Framework §6.1), private part included. A key with a
 * {@code retiresAt} is no longer used to sign but stays published until then, so tokens signed just
 * before a rotation still verify (§6.3).
 *
 * @param retiresAt when the key leaves the JWK Set; null while it may sign
 */
public record ToolKey(String kid, RSAKey key, Instant createdAt, Instant retiresAt) {

    public ToolKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!key.isPrivate()) {
            throw new IllegalArgumentException("a tool key needs its private part");
        }
    }

    public boolean isRetiring() {
        return retiresAt != null;
    }

    public boolean isPublishedAt(Instant now) {
        return retiresAt == null || now.isBefore(retiresAt);
    }

    public ToolKey retiringAt(Instant when) {
        return new ToolKey(kid, key, createdAt, when);
    }
}
