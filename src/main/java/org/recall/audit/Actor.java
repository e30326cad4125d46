package org.recall.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who made a change: the administrator, named by a fingerprint of the admin token they used (the first 12
 * hex digits of its SHA-256: tells a rotated token from the previous one, and cannot be turned back into
 * it), or an LMS user by their {@code sub} (the event's platform is the one that launched them).
 */
public record Actor(Kind kind, String id) {

    /** REGISTRATION: a platform's administrator completing LTI Dynamic Registration (no Recall token involved). */
    public enum Kind { ADMIN, INSTRUCTOR, REGISTRATION }

    static final int FINGERPRINT_HEX_DIGITS = 12;

    public static Actor admin(String token) {
        return new Actor(Kind.ADMIN, "admin:" + fingerprint(token));
    }

    public static Actor instructor(String userSub) {
        return new Actor(Kind.INSTRUCTOR, userSub);
    }

    /** The LMS administrator who ran dynamic registration, named by the platform's configuration URL. */
    public static Actor registration(String configurationUrl) {
        return new Actor(Kind.REGISTRATION, configurationUrl);
    }

    public static String fingerprint(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, FINGERPRINT_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
