package org.recall.lti.login;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * What the tool remembers between login initiation and launch, keyed by {@code state}.
 *
 * @param storageProof when the platform offered platform storage at login ({@code lti_storage_target}): the
 *                     random value the login page put in the platform's storage frame; the only value a launch
 *                     that proves its state through platform storage may bring back. Null otherwise.
 */
public record LoginState(String state, String nonce, long platformId, URI targetLinkUri, Instant expiresAt,
        String storageProof) {

    /** A login whose platform offered no platform storage. */
    public LoginState(String state, String nonce, long platformId, URI targetLinkUri, Instant expiresAt) {
        this(state, nonce, platformId, targetLinkUri, expiresAt, null);
    }

    public LoginState {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
