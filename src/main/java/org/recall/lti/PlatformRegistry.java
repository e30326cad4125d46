package org.recall.lti;

import java.util.Optional;

/** The registered platforms, implemented by the application (JDBC in Recall). */
public interface PlatformRegistry {

    /**
     * The registration (issuer, client id). When {@code clientIdOrNull} is null, the issuer's only
     * registration; empty when the issuer has none or several (the caller must then name the client id).
     */
    Optional<Platform> find(String issuer, String clientIdOrNull);

    Optional<Platform> byId(long id);
}
