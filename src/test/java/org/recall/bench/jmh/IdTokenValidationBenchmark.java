package org.recall.bench.jmh;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.recall.lti.Platform;
import org.recall.lti.keys.PlatformKeys;
import org.recall.lti.launch.Launch;
import org.recall.lti.launch.LaunchException;
import org.recall.lti.launch.LaunchValidator;
import org.recall.lti.login.LoginState;
import org.recall.lti.login.LoginStateStore;
import org.recall.testplatform.InMemoryPlatformRegistry;
import org.recall.testplatform.TestPlatform;

/**
 * The cost of validating one id_token (Recall's whole {@link LaunchValidator} chain: format, state,
 * registration, RS256 signature by the platform's cached JWKS, claims, LTI message rules, launch read)
 * next to the bare cryptography it contains, on the same machine: Nimbus's RSASSAVerifier on a parsed
 * token, parse plus verify, and (for the load generator's side) one RS256 signature.
 *
 * <p>The login state store answers the same state for every validation (a launch normally consumes
 * it once; here the database is left out on purpose), and the token is valid for an hour, so one
 * token is validated again and again. The JWKS is fetched once over loopback from the test platform,
 * then served from PlatformKeys' cache, as on the hot path of a running Recall.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class IdTokenValidationBenchmark {

    private static final String STATE = "bench-state";
    private static final String NONCE = "bench-nonce";

    private TestPlatform platform;
    private LaunchValidator validator;
    private String idToken;
    private JWSObject parsed;
    private RSASSAVerifier verifier;
    private RSASSASigner signer;

    @Setup
    public void setUp() throws JOSEException, ParseException, LaunchException {
        platform = new TestPlatform();
        Platform registration = platform.platform();
        var registry = new InMemoryPlatformRegistry(registration);
        LoginState login = new LoginState(STATE, NONCE, registration.id(), URI.create(TestPlatform.TOOL_BASE + "/lti/launch"),
                Instant.now().plusSeconds(3600));
        LoginStateStore replaying = new LoginStateStore() {
            @Override
            public void save(LoginState state) {
            }

            @Override
            public Optional<LoginState> consume(String state) {
                return STATE.equals(state) ? Optional.of(login) : Optional.empty();
            }
        };
        validator = new LaunchValidator(registry, replaying, new PlatformKeys(), Clock.systemUTC());
        idToken = platform.idToken().nonce(NONCE).expiresAt(Instant.now().plusSeconds(3600)).sign();
        parsed = JWSObject.parse(idToken);
        verifier = new RSASSAVerifier(platform.signingKey().toRSAPublicKey());
        signer = new RSASSASigner(platform.signingKey());
        validate(); // fetches the JWKS once; fails the run if the token is not valid
        if (!verify()) {
            throw new IllegalStateException("bare verification failed");
        }
    }

    @TearDown
    public void tearDown() {
        platform.close();
    }

    /** Recall's whole id_token validation, keys from cache, stores in memory. */
    @Benchmark
    public Launch validate() throws LaunchException {
        return validator.validate(idToken, STATE, STATE);
    }

    /** Nimbus RS256 signature check of an already parsed token, with a reused verifier. */
    @Benchmark
    public boolean verify() throws JOSEException {
        return parsed.verify(verifier);
    }

    /** Parsing the compact serialization and the claims, then the RS256 check. */
    @Benchmark
    public Object parseAndVerify() throws JOSEException, ParseException {
        SignedJWT jwt = SignedJWT.parse(idToken);
        if (!jwt.verify(verifier)) {
            throw new IllegalStateException();
        }
        return jwt.getJWTClaimsSet();
    }

    /** One RS256 signature with a 2048-bit key: what the platform (here the load generator) pays per launch. */
    @Benchmark
    public Object sign() throws JOSEException {
        return signer.sign(parsed.getHeader(), parsed.getSigningInput());
    }
}
