package org.recall.web.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recall.lti.keys.PlatformKeys;
import org.recall.lti.keys.ToolKeys;
import org.recall.lti.launch.LaunchValidator;
import org.recall.lti.login.LoginInitiation;
import org.recall.metrics.Metrics;
import org.recall.store.CachedPlatforms;
import org.recall.store.LoginStateTable;
import org.recall.store.ToolKeyTable;

/** Builds the framework-free LTI library's objects once, over Recall's database stores. */
@ApplicationScoped
public class LtiWiring {

    @Produces
    @Singleton
    PlatformKeys platformKeys(Metrics metrics) {
        return new PlatformKeys(PlatformKeys.DEFAULT_TIMEOUT, metrics::jwksFetched);
    }

    @Produces
    @Singleton
    LoginInitiation loginInitiation(CachedPlatforms platforms, LoginStateTable states) {
        return new LoginInitiation(platforms, states, Clock.systemUTC());
    }

    @Produces
    @Singleton
    LaunchValidator launchValidator(CachedPlatforms platforms, LoginStateTable states, PlatformKeys keys) {
        return new LaunchValidator(platforms, states, keys, Clock.systemUTC());
    }

    @Produces
    @Singleton
    ToolKeys toolKeys(ToolKeyTable store) {
        return new ToolKeys(store, Clock.systemUTC());
    }

    /** The tool's public base URL, e.g. {@code https://recall.example.edu}, without a trailing slash. */
    @Produces
    @ToolBase
    URI toolBase(@ConfigProperty(name = "recall.base-url") String baseUrl) {
        return URI.create(baseUrl.replaceAll("/+$", ""));
    }
}
