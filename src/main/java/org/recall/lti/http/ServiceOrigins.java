package org.recall.lti.http;

import org.recall.lti.Platform;

/** Where each platform's services may be called, implemented by the application (an admin edits the list). */
@FunctionalInterface
public interface ServiceOrigins {

    AllowedOrigins of(Platform platform);

    /** Every platform limited to the origins of its own issuer and endpoints (tests; loopback http allowed). */
    static ServiceOrigins defaults(boolean loopbackHttp) {
        return platform -> AllowedOrigins.defaultsOf(platform, loopbackHttp);
    }
}
