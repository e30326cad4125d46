package org.recall.lti.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.recall.lti.Platform;
import org.recall.lti.keys.PlatformKeys;

/**
 * Steps 4 and 5: a fixed list of asymmetric algorithms (never {@code none} or HMAC, Security Framework
 * §5.1.3 step 1 and §6.1), then the signature with the platform's published keys (§6.3) and the ID token
 * claims of {@link IdTokenClaimsVerifier}, composed from Nimbus' JWT processor.
 */
final class SignatureCheck {

    static final Set<JWSAlgorithm> ALLOWED = Set.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    private final PlatformKeys keys;
    private final Clock clock;

    SignatureCheck(PlatformKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    JWTClaimsSet verify(SignedJWT jwt, Platform platform) throws LaunchException {
        JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
        if (!ALLOWED.contains(alg)) {
            throw Refusal.of(LaunchError.ALGORITHM_NOT_ALLOWED, "alg " + alg);
        }
        try {
            return processor(platform).process(jwt, null);
        } catch (ClaimRefused e) {
            throw Refusal.of(e.error(), e.getMessage(), e);
        } catch (BadJWSException e) {
            throw Refusal.of(LaunchError.BAD_SIGNATURE, e.getMessage(), e);
        } catch (BadJOSEException | RateLimitReachedException e) {
            throw Refusal.of(LaunchError.UNKNOWN_SIGNING_KEY, "kid " + jwt.getHeader().getKeyID(), e);
        } catch (KeySourceException e) {
            throw Refusal.of(LaunchError.PLATFORM_KEYS_UNAVAILABLE, platform.jwksUri() + ": " + e.getMessage(), e);
        } catch (JOSEException e) {
            throw Refusal.of(LaunchError.BAD_SIGNATURE, e.getMessage(), e);
        }
    }

    /**
     * One processor per registration (client id and JWKS URI), built once: a processor is thread-safe
     * once configured, and its key selector holds the platform's converted keys.
     */
    private DefaultJWTProcessor<SecurityContext> processor(Platform platform) {
        String registration = platform.clientId() + " " + platform.jwksUri();
        DefaultJWTProcessor<SecurityContext> processor = processors.get(registration);
        if (processor == null) {
            processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(keys.selector(platform, ALLOWED));
            processor.setJWTClaimsSetVerifier(new IdTokenClaimsVerifier(platform.clientId(), clock));
            if (processors.size() >= MAX_PROCESSORS) {
                processors.clear();
            }
            processors.put(registration, processor);
        }
        return processor;
    }

    /** More registrations than an instance serves; the map is emptied when full. */
    private static final int MAX_PROCESSORS = 10_000;

    private final Map<String, DefaultJWTProcessor<SecurityContext>> processors = new ConcurrentHashMap<>();
}
