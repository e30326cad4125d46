package org.recall.lti.login;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/** What the tool remembers between login initiation and launch, keyed by {@code state}. */
public record LoginState(String state, String nonce, long platformId, URI targetLinkUri, Instant expiresAt) {

    public LoginState {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
