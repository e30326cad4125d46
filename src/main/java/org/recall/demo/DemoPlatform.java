package org.recall.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recall.lti.Platform;
import org.recall.store.Migrations;
import org.recall.store.PlatformTable;

/**
 * The demo platform's identity: issuer, client id, deployment and signing key. The key lives in
 * memory and is new at every start; Recall's JWKS cache refetches on the unknown {@code kid},
 * which is what a real platform's key rotation looks like too.
 */
@ApplicationScoped
public class DemoPlatform {

    private static final Logger LOG = Logger.getLogger(DemoPlatform.class.getName());

    static final String CLIENT_ID = "recall-demo";
    static final String DEPLOYMENT_ID = "demo-deployment";

    @Inject
    @ConfigProperty(name = "recall.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "recall.base-url")
    String baseUrl;

    @Inject
    PlatformTable platforms;

    @Inject
    Migrations migrations;

    private RSAKey key;

    void onStart(@Observes @Priority(10) @Initialized(ApplicationScoped.class) Object event) {
        if (!enabled) {
            return;
        }
        LOG.warning("""
                
                ************************************************************
                 The DEMO PLATFORM is ON (RECALL_DEMO=true): %s/demo
                 launches anyone into Recall. Switch it off in production.
                ************************************************************""".formatted(base()));
        try {
            migrations.ensure();
            register();
        } catch (RuntimeException e) {
            LOG.severe("The demo platform could not register itself: " + e.getMessage());
        }
    }

    /** Registers the demo platform once; later starts find the registration already there. */
    private void register() {
        if (!platforms.exists(issuer(), CLIENT_ID)) {
            platforms.add(new Platform(0, issuer(), CLIENT_ID, URI.create(base() + "/demo/auth"),
                    URI.create(base() + "/demo/token"), URI.create(base() + "/demo/jwks.json"), Set.of(DEPLOYMENT_ID)));
        }
    }

    public boolean enabled() {
        return enabled;
    }

    String base() {
        return baseUrl.replaceAll("/+$", "");
    }

    String issuer() {
        return base() + "/demo";
    }

    /** The demo course's NRPS 2.0 context membership container. */
    String membershipsUrl() {
        return base() + "/demo/memberships";
    }

    String launchUrl() {
        return base() + "/lti/launch";
    }

    synchronized RSAKey key() {
        if (key == null) {
            try {
                key = new RSAKeyGenerator(2048).keyID("demo-" + UUID.randomUUID()).generate();
            } catch (JOSEException e) {
                throw new IllegalStateException("Cannot generate the demo platform's key", e);
            }
        }
        return key;
    }

    String publicJwks() {
        return new JWKSet(key().toPublicJWK()).toString();
    }
}
