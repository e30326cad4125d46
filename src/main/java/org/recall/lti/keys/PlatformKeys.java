package org.recall.lti.keys;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.recall.lti.Platform;
import org.recall.lti.http.PlatformHttp;

/**
 * One cached, rate-limited JWK source per platform JWKS URI (Security Framework §6.3: platforms rotate
 * keys, a tool re-fetches when it meets an unknown {@code kid}). Keys come from memory on the hot path;
 * the network is used on first use, after the cache lifetime, and when a {@code kid} is unknown.
 * Share one instance per application.
 */
public final class PlatformKeys {

    /** Connect timeout of a JWKS request, and the deadline of its whole answer. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);
    /** The largest JWK Set accepted, in bytes. */
    public static final int SIZE_LIMIT = 256 * 1024;
    /** How long a fetched JWK Set is trusted before it is fetched again. */
    public static final Duration CACHE_LIFETIME = Duration.ofMinutes(15);
    /**
     * At most two fetches of one JWKS URI per this interval, however many unknown kids arrive. Short
     * enough that a platform's real key rotation right after a flood of forged kids is seen within
     * seconds; long enough that the flood costs the platform a fetch every few seconds at most.
     */
    public static final Duration RATE_LIMIT = Duration.ofSeconds(10);

    /** Told of every JWKS fetch and whether it answered, e.g. to count them; called on the launch's thread. */
    @FunctionalInterface
    public interface Fetches {
        void fetched(Platform platform, boolean ok);
    }

    private final Map<URI, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();
    private final Map<URI, JWSKeySelector<SecurityContext>> selectors = new ConcurrentHashMap<>();
    private final Duration timeout;
    private final KeySetRetriever http;
    private final Fetches fetches;

    public PlatformKeys() {
        this(DEFAULT_TIMEOUT);
    }

    public PlatformKeys(Duration timeout) {
        this(timeout, (platform, ok) -> { });
    }

    public PlatformKeys(Duration timeout, Fetches fetches) {
        this.timeout = timeout;
        this.http = new KeySetRetriever(new PlatformHttp(timeout, timeout), SIZE_LIMIT);
        this.fetches = fetches;
    }

    public JWKSource<SecurityContext> of(Platform platform) {
        return sources.computeIfAbsent(platform.jwksUri(), uri -> build(uri, platform));
    }

    /**
     * The key selector of a platform's signatures for {@code algorithms}: its cached JWK source, with
     * each JWK's Java key converted once and held (no key is decoded again per launch).
     */
    public JWSKeySelector<SecurityContext> selector(Platform platform, Set<JWSAlgorithm> algorithms) {
        return selectors.computeIfAbsent(platform.jwksUri(), uri -> new HeldKeySelector(algorithms, of(platform)));
    }

    private JWKSource<SecurityContext> build(URI jwksUri, Platform platform) {
        ResourceRetriever retriever = url -> {
            try {
                Resource keys = http.retrieveResource(url);
                fetches.fetched(platform, true);
                return keys;
            } catch (IOException e) {
                fetches.fetched(platform, false);
                throw e;
            }
        };
        try {
            return JWKSourceBuilder.<SecurityContext>create(jwksUri.toURL(), retriever)
                    .cache(CACHE_LIFETIME.toMillis(), timeout.toMillis() + 1000)
                    .rateLimited(RATE_LIMIT.toMillis())
                    .retrying(false)
                    .refreshAheadCache(false)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("JWKS URI is not a URL: " + jwksUri, e);
        }
    }
}
