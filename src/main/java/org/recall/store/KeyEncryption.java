package org.recall.store;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.ParseException;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the tool's private keys at rest (issue 17): a stored key is a compact JWE (RFC 7516) with
 * {@code alg: dir}, {@code enc: A256GCM} (AES-256 in Galois/Counter Mode, a fresh random 96-bit IV per key,
 * the protected header with the key's {@code kid} authenticated), made and opened by Nimbus JOSE+JWT. The
 * 256-bit AES key is derived from {@code RECALL_KEY_ENCRYPTION_KEY} once, at start, with PBKDF2-HMAC-SHA256
 * ({@value #ITERATIONS} iterations, salt {@value #SALT}): give it a long random value (32 bytes of a CSPRNG,
 * base64), kept apart from the database. A stored key that is not a JWE is a key stored in clear.
 */
public final class KeyEncryption {

    static final int ITERATIONS = 600_000;
    static final String SALT = "org.recall.tool-key/v1";

    private final SecretKey key;

    private KeyEncryption(SecretKey key) {
        this.key = key;
    }

    /** Derives the AES key from the configured secret (slow on purpose: once per start). */
    public static KeyEncryption fromSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("empty key encryption secret");
        }
        try {
            var spec = new PBEKeySpec(secret.toCharArray(), SALT.getBytes(StandardCharsets.UTF_8), ITERATIONS, 256);
            byte[] bytes = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return new KeyEncryption(new SecretKeySpec(bytes, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        }
    }

    /** Whether a stored value is sealed (a compact JWE) rather than a JWK in clear. */
    public static boolean isSealed(String stored) {
        return !stored.trim().startsWith("{");
    }

    public String seal(String jwkJson, String kid) {
        try {
            var jwe = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM).keyID(kid).build(),
                    new Payload(jwkJson));
            jwe.encrypt(new DirectEncrypter(key));
            return jwe.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot seal the tool key " + kid, e);
        }
    }

    /** The JWK in clear; refused when the value was sealed with another secret or changed. */
    public String open(String sealed) {
        try {
            var jwe = JWEObject.parse(sealed);
            jwe.decrypt(new DirectDecrypter(key));
            return jwe.getPayload().toString();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("A stored tool key cannot be opened with RECALL_KEY_ENCRYPTION_KEY "
                    + "(another secret sealed it, or it was changed)", e);
        }
    }
}
