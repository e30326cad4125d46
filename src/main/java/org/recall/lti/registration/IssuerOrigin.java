package org.recall.lti.registration;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of a platform's endpoints lie outside its issuer's origin. LTI DR 1.0 §3.5.1 ties only the issuer
 * to the configuration's URL; anyone who can make one URL on a platform's site answer JSON could otherwise
 * point a registration's keys (jwks_uri) or its authorization endpoint anywhere. Recall accepts endpoints on
 * another origin only when an administrator allows it (on the registration link, or when approving).
 */
public final class IssuerOrigin {

    private IssuerOrigin() {
    }

    /** The configuration fields whose URL is not on the issuer's origin, in the order of §3.5. */
    public static List<String> elsewhere(OpenIdConfiguration platform) {
        URI issuer = URI.create(platform.issuer());
        List<String> fields = new ArrayList<>();
        add(fields, "authorization_endpoint", platform.authorizationEndpoint(), issuer);
        add(fields, "token_endpoint", platform.tokenEndpoint(), issuer);
        add(fields, "jwks_uri", platform.jwksUri(), issuer);
        add(fields, "registration_endpoint", platform.registrationEndpoint(), issuer);
        return fields;
    }

    /** Whether {@code url} is on the issuer's origin (scheme, host and port). */
    public static boolean sameOrigin(String issuer, URI url) {
        try {
            URI issuerUri = URI.create(issuer);
            return issuerUri.getScheme() != null && issuerUri.getHost() != null && url.getScheme() != null
                    && url.getHost() != null && OpenIdConfiguration.sameOrigin(issuerUri, url);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void add(List<String> fields, String field, URI url, URI issuer) {
        if (url != null && !sameOrigin(issuer.toString(), url)) {
            fields.add(field);
        }
    }
}
