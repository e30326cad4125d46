package org.recall.lti.ags;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.JWTID;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.recall.lti.Platform;

/**
 * Access tokens for the platform's services: the OAuth 2.0 client credentials grant (RFC 6749 §4.4)
 * authenticated by a {@code private_key_jwt} client assertion (Security Framework 1.0 §4.1, RFC 7523
 * §2.2) signed RS256 with the tool's key and its {@code kid}: {@code iss} = {@code sub} = client id,
 * {@code aud} = the token endpoint, a unique {@code jti}, {@code exp} one minute after {@code iat}.
 * Tokens are cached per (platform, scope set) until shortly before they expire, and shared by every
 * thread: one token serves many score posts, and concurrent callers wait for one token request.
 */
public final class AccessTokens {

    private static final Logger LOG = Logger.getLogger(AccessTokens.class.getName());
    static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(1);
    /** When the platform does not say how long a token lives (RFC 6749 §5.1 {@code expires_in} is optional). */
    static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);
    static final Duration RENEW_BEFORE = Duration.ofSeconds(60);

    private record Key(long platformId, String tokenEndpoint, String clientId, Set<String> scopes) {
    }

    private record Cached(AccessToken token, Instant renewAt) {
    }

    private final Supplier<RSAKey> signingKey;
    private final AgsHttp http;
    private final Map<Key, Object> locks = new ConcurrentHashMap<>();
    private final Map<Key, Cached> tokens = new ConcurrentHashMap<>();

    AccessTokens(Supplier<RSAKey> signingKey, AgsHttp http) {
        this.signingKey = Objects.requireNonNull(signingKey);
        this.http = http;
    }

    /** A token for these scopes (already narrowed to the granted ones), from the cache when still fresh. */
    AccessToken token(Platform platform, Set<String> scopes) throws AgsException {
        Key key = new Key(platform.id(), String.valueOf(platform.tokenEndpoint()), platform.clientId(), Set.copyOf(scopes));
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            Cached cached = tokens.get(key);
            if (cached != null && http.clock().instant().isBefore(cached.renewAt())) {
                return cached.token();
            }
            Cached fresh = request(platform, scopes);
            tokens.put(key, fresh);
            return fresh.token();
        }
    }

    /** Forgets a token the platform refused (401), so that the next call asks for a new one. */
    void forget(Platform platform, Set<String> scopes, AccessToken refused) {
        Key key = new Key(platform.id(), String.valueOf(platform.tokenEndpoint()), platform.clientId(), Set.copyOf(scopes));
        tokens.computeIfPresent(key, (k, cached) -> cached.token().equals(refused) ? null : cached);
    }

    private Cached request(Platform platform, Set<String> scopes) throws AgsException {
        URI endpoint = platform.tokenEndpoint();
        if (endpoint == null) {
            throw new AgsException(400, "The platform's registration has no token endpoint", "", null);
        }
        TokenRequest tokenRequest = new TokenRequest(endpoint, assertion(platform.clientId(), endpoint),
                new ClientCredentialsGrant(), new Scope(scopes.toArray(String[]::new)));
        var nimbus = tokenRequest.toHTTPRequest();
        HttpRequest request = http.request(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(nimbus.getBody()))
                .build();
        HttpResponse<String> response = http.send(request, "Token request to " + endpoint);
        Instant now = http.clock().instant();
        AccessToken token = parse(response, endpoint);
        Duration lifetime = token.getLifetime() > 0 ? Duration.ofSeconds(token.getLifetime()) : DEFAULT_LIFETIME;
        Duration margin = lifetime.compareTo(RENEW_BEFORE.multipliedBy(2)) > 0 ? RENEW_BEFORE : lifetime.dividedBy(2);
        LOG.fine(() -> "Access token from " + endpoint + " for " + scopes + ", lives " + lifetime);
        return new Cached(token, now.plus(lifetime).minus(margin));
    }

    private PrivateKeyJWT assertion(String clientId, URI endpoint) throws AgsException {
        RSAKey key = signingKey.get();
        Instant now = http.clock().instant();
        var claims = new JWTAuthenticationClaimsSet(new ClientID(clientId), List.of(new Audience(endpoint.toString())),
                Date.from(now.plus(ASSERTION_LIFETIME)), null, Date.from(now), new JWTID());
        try {
            return new PrivateKeyJWT(claims, JWSAlgorithm.RS256, key.toRSAPrivateKey(), key.getKeyID(), null);
        } catch (JOSEException e) {
            throw new AgsException(AgsException.UNREACHABLE, "Cannot sign the client assertion: " + e.getMessage(), "", null);
        }
    }

    private static AccessToken parse(HttpResponse<String> response, URI endpoint) throws AgsException {
        var nimbus = new HTTPResponse(response.statusCode());
        nimbus.setHeader("Content-Type", response.headers().firstValue("Content-Type").orElse("application/json"));
        nimbus.setBody(response.body());
        try {
            TokenResponse parsed = TokenResponse.parse(nimbus);
            if (!parsed.indicatesSuccess()) {
                throw new AgsException(400, "Token request to " + endpoint + " refused", response.body(), null);
            }
            return ((AccessTokenResponse) parsed).getTokens().getAccessToken();
        } catch (ParseException e) {
            throw new AgsException(502, "Token response from " + endpoint + " is not valid: " + e.getMessage(),
                    response.body(), null);
        }
    }
}
