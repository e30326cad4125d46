package org.recall.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Typed reads of verified claims; a claim of the wrong JSON type is refused as {@link LaunchError#CLAIM_MALFORMED}. */
final class ClaimReader {

    private final JWTClaimsSet claims;

    ClaimReader(JWTClaimsSet claims) {
        this.claims = claims;
    }

    boolean has(String name) {
        return claims.getClaim(name) != null;
    }

    Optional<String> string(String name) throws LaunchException {
        return read(name, claims::getStringClaim);
    }

    Optional<List<String>> strings(String name) throws LaunchException {
        return read(name, claims::getStringListClaim);
    }

    Optional<Map<String, Object>> object(String name) throws LaunchException {
        return read(name, claims::getJSONObjectClaim);
    }

    <T> Optional<T> object(String name, Function<Map<String, Object>, T> type) throws LaunchException {
        try {
            return object(name).map(type);
        } catch (RuntimeException e) {
            throw Refusal.of(LaunchError.CLAIM_MALFORMED, name + ": " + e.getMessage(), e);
        }
    }

    private <T> Optional<T> read(String name, Getter<T> getter) throws LaunchException {
        try {
            return Optional.ofNullable(getter.get(name));
        } catch (ParseException e) {
            throw Refusal.of(LaunchError.CLAIM_MALFORMED, name + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Getter<T> {
        T get(String name) throws ParseException;
    }
}
