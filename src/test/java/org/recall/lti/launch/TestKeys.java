package org.recall.lti.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/** A key no platform publishes, made once for the whole test run. */
final class TestKeys {

    static final RSAKey OTHER = generate();

    private TestKeys() {
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("other").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
