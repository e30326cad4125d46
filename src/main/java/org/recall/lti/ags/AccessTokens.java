package org.recall.lti.ags;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.JWTID;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Logger;
import net.minidev.json.JSONObject;
import org.recall.lti.Platform;
import org.recall.lti.http.PlatformAnswer;

/**
 * Access tokens for the platform's services: the OAuth 2.0 client credentials grant (RFC 6749 §4.4)
 * authenticated by a {@code private_key_jwt} client assertion (Security Framework 1.0 §4.1, RFC 7523
 * §2.2) signed RS256 with the tool's key and its {@code kid}: {@code iss} = {@code sub} = client id,
 * {@code aud} = the token endpoint, a unique {@code jti}, {@code exp} one minute after {@code iat}.
 * Tokens are cached per (platform, scope set) until shortly before they expire, and shared by every
 * thread: one token serves many score posts, and concurrent callers wait for one token request.
 * The answer is read by its body, a JSON object whatever its Content-Type (Moodle's {@code token.php}
 * sends {@code text/html}), at most {@link #MAX_ANSWER} bytes; the token itself is never logged or kept
 * anywhere but in this cache.
 */
public final class AccessTokens {

    private static final Logger LOG = Logger.getLogger(AccessTokens.class.getName());
    static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(1);
    /** When the platform does not say how long a token lives (RFC 6749 §5.1 {@code expires_in} is optional). */
    static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);
    static final Duration RENEW_BEFORE = Duration.ofSeconds(60);
    /** The step named in failures: "… answered HTTP 401 to the token request". */
    static final String STEP = "token request";
    /** A token answer is a few hundred bytes (a JWT access token a few kilobytes). */
    static final int MAX_ANSWER = 64 * 1024;

    private record Key(long platformId, String tokenEndpoint, String clientId, Set<String> scopes) {
    }

    private record Cached(AccessToken token, Instant renewAt) {
    }

    /** A transient failure of the token request, answered again to every caller until {@code until}. */
    private record Failed(AgsException failure, Instant until) {
    }

    /**
     * How long a token endpoint that failed for a passing reason (unreachable, too slow, 408, 429, 5xx) is not
     * asked again, unless its {@code Retry-After} says longer (RFC 9110 §10.2.3; at most {@link #MAX_COOL_DOWN}).
     * Without it, every queued score asked a platform that was down for a token of its own (one client assertion
     * signed, one request sent, each time): a platform back from an outage met the whole queue at once.
     */
    static final Duration COOL_DOWN = Duration.ofSeconds(5);
    static final Duration MAX_COOL_DOWN = Duration.ofMinutes(1);

    private final Supplier<RSAKey> signingKey;
    private final AgsHttp http;
    private final Map<Key, Object> locks = new ConcurrentHashMap<>();
    private final Map<Key, Cached> tokens = new ConcurrentHashMap<>();
    private final Map<Key, Failed> failures = new ConcurrentHashMap<>();

    AccessTokens(Supplier<RSAKey> signingKey, AgsHttp http) {
        this.signingKey = Objects.requireNonNull(signingKey);
        this.http = http;
    }

    /**
     * A token for these scopes (already narrowed to the granted ones), from the cache when still fresh. While
     * the endpoint is cooling down after a transient failure, that failure is answered without asking again.
     */
    AccessToken token(Platform platform, Set<String> scopes) throws AgsException {
        Key key = new Key(platform.id(), String.valueOf(platform.tokenEndpoint()), platform.clientId(), Set.copyOf(scopes));
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            Instant now = http.clock().instant();
            Cached cached = tokens.get(key);
            if (cached != null && now.isBefore(cached.renewAt())) {
                return cached.token();
            }
            Failed failed = failures.get(key);
            if (failed != null && now.isBefore(failed.until())) {
                throw failed.failure();
            }
            try {
                Cached fresh = request(platform, scopes);
                failures.remove(key);
                tokens.put(key, fresh);
                return fresh.token();
            } catch (AgsException e) {
                if (e.isTransient()) {
                    Duration wait = e.retryAfter().filter(after -> after.compareTo(COOL_DOWN) > 0).orElse(COOL_DOWN);
                    failures.put(key, new Failed(e, now.plus(wait.compareTo(MAX_COOL_DOWN) > 0 ? MAX_COOL_DOWN : wait)));
                } else {
                    failures.remove(key);
                }
                throw e;
            }
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
            throw AgsException.configuration(STEP, "The platform's registration in Recall has no token endpoint:"
                    + " an administrator must add it.");
        }
        TokenRequest tokenRequest = new TokenRequest(endpoint, assertion(platform.clientId(), endpoint),
                new ClientCredentialsGrant(), new Scope(scopes.toArray(String[]::new)));
        var nimbus = tokenRequest.toHTTPRequest();
        HttpRequest request = http.request(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(nimbus.getBody()))
                .build();
        PlatformAnswer answer = http.exchange(request, STEP, MAX_ANSWER);
        Instant now = http.clock().instant();
        AccessToken token = parse(answer, http.clock());
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
            throw new AgsException(AgsException.Kind.TRANSIENT, STEP, AgsException.UNREACHABLE,
                    "Recall could not sign the client assertion (" + e.getClass().getSimpleName() + ")", null);
        }
    }

    /**
     * RFC 6749 §5.1 and §5.2 read from the body: the JSON object is handed to Nimbus
     * ({@link TokenResponse#parse(JSONObject)}), which checks {@code access_token} and {@code token_type};
     * the HTTP path of Nimbus would refuse a body whose media type is not {@code application/json}.
     */
    static AccessToken parse(PlatformAnswer answer, java.time.Clock clock) throws AgsException {
        JSONObject json = jsonObject(answer);
        if (!answer.isSuccess()) {
            throw AgsException.refused(STEP, answer, oauthError(json), clock);
        }
        if (json == null) {
            throw AgsException.unusable(STEP, answer, "something that is not a JSON object");
        }
        TokenResponse parsed;
        try {
            parsed = TokenResponse.parse(json);
        } catch (ParseException e) {
            // Nimbus's message is not shown: the reason names what RFC 6749 requires.
            throw AgsException.unusable(STEP, answer, "a JSON object that is not an access token (RFC 6749 §5.1: "
                    + "access_token and token_type Bearer are required)");
        }
        if (!parsed.indicatesSuccess()) {
            throw AgsException.refused(STEP, answer, oauthError(json), clock);
        }
        return parsed.toSuccessResponse().getTokens().getAccessToken();
    }

    private static JSONObject jsonObject(PlatformAnswer answer) {
        try {
            return com.nimbusds.oauth2.sdk.util.JSONObjectUtils.parse(answer.text());
        } catch (ParseException | RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** The RFC 6749 §5.2 error code, only in the form the RFC gives it (a word, never free text of the platform). */
    static Optional<String> oauthError(JSONObject json) {
        Object error = json == null ? null : json.get("error");
        return error instanceof String code && code.matches("[a-z_]{1,40}") ? Optional.of(code) : Optional.empty();
    }
}
