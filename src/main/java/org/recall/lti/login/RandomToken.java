package org.recall.lti.login;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable state and nonce values: 256 random bits, URL-safe base64 without padding. */
final class RandomToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private RandomToken() {
    }

    static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
