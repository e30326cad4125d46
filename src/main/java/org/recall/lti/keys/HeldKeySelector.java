package org.recall.lti.keys;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyConverter;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.Key;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Nimbus' JWS key selector (the header's {@code kid} and algorithm matched against the platform's
 * cached JWK Set), holding each JWK's Java public key once converted: the stock selector decodes the
 * modulus and builds the RSA key again for every token. A rotated JWK is a different JWK, converted
 * when first met. Only public keys are ever answered (no HMAC with a published key, Security Framework
 * §6.1).
 */
final class HeldKeySelector extends JWSVerificationKeySelector<SecurityContext> {

    /** More than any platform publishes at once, with room for rotations; emptied when full. */
    private static final int MAX_HELD = 64;

    private final Map<JWK, List<PublicKey>> held = new ConcurrentHashMap<>();

    HeldKeySelector(Set<JWSAlgorithm> algorithms, JWKSource<SecurityContext> source) {
        super(algorithms, source);
    }

    @Override
    public List<Key> selectJWSKeys(JWSHeader header, SecurityContext context) throws KeySourceException {
        if (!isAllowed(header.getAlgorithm())) {
            return List.of();
        }
        JWKMatcher matcher = createJWKMatcher(header);
        if (matcher == null) {
            return List.of();
        }
        List<Key> keys = new ArrayList<>(1);
        for (JWK jwk : getJWKSource().get(new JWKSelector(matcher), context)) {
            keys.addAll(publicKeys(jwk));
        }
        return keys;
    }

    private List<PublicKey> publicKeys(JWK jwk) {
        List<PublicKey> keys = held.get(jwk);
        if (keys == null) {
            keys = KeyConverter.toJavaKeys(List.of(jwk)).stream().filter(PublicKey.class::isInstance)
                    .map(PublicKey.class::cast).toList();
            if (held.size() >= MAX_HELD) {
                held.clear();
            }
            held.put(jwk, keys);
        }
        return keys;
    }
}
