package org.recall.testplatform;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.recall.lti.Platform;

/**
 * An LTI platform emulator, like an LMS playing a {@link Profile} (Moodle 4.x by default): its own RSA key
 * pair, a JWKS served over HTTP on 127.0.0.1 and a random port, and real RS256 id_tokens minted through
 * {@link #idToken()} with the claims the profile's product sends. Endpoints are added with
 * {@link #handle(String, Endpoint)}, so tests can make it play the authorization endpoint, the AGS token
 * endpoint, and so on; a Canvas-like platform serves its services ({@link #handleService}) on a host of their
 * own, the school's, apart from its issuer and token endpoint. Close it after use.
 */
public final class TestPlatform implements AutoCloseable {

    public static final String ISSUER = "https://moodle.test";
    public static final String CLIENT_ID = "recall-client-1";
    public static final String DEPLOYMENT_ID = "1";
    public static final String TOOL_BASE = "https://recall.test";
    /** Instructure-hosted Canvas's issuer, whatever the school's host (Canvas developer documentation). */
    public static final String CANVAS_ISSUER = "https://canvas.instructure.com";
    private static final java.util.concurrent.atomic.AtomicLong DEVELOPER_KEYS = new java.util.concurrent.atomic.AtomicLong(
            10000000000000L + (System.nanoTime() % 1000000) * 1000);

    /** Answers one HTTP request. */
    @FunctionalInterface
    public interface Endpoint {
        void answer(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final HttpServer services;
    private final Profile profile;
    private final String clientId;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger jwksRequests = new AtomicInteger();
    private volatile RSAKey signingKey = newKey();
    private volatile Duration jwksDelay = Duration.ZERO;
    private final long id;
    private final String issuer;
    private final boolean issuerIsOrigin;
    private final URI toolBase;

    public TestPlatform() {
        this(1);
    }

    public TestPlatform(long id) {
        this(id, ISSUER, URI.create(TOOL_BASE));
    }

    /** A platform with its own issuer, launching the tool at {@code toolBase} (for tests against a running Recall). */
    public TestPlatform(long id, String issuer, URI toolBase) {
        this(Profile.MOODLE, id, issuer, toolBase);
    }

    /** A platform playing {@code profile}; a null issuer is the platform's own origin. */
    public TestPlatform(Profile profile, long id, String issuer, URI toolBase) {
        this.profile = profile;
        this.id = id;
        this.issuer = issuer;
        this.issuerIsOrigin = issuer == null;
        this.toolBase = toolBase;
        this.clientId = profile == Profile.CANVAS ? Long.toString(DEVELOPER_KEYS.incrementAndGet()) : CLIENT_ID;
        server = listen();
        services = profile.hasSchoolHost() ? listen() : null;
        handle("/jwks", this::serveJwks);
        server.start();
        if (services != null) {
            services.start();
        }
    }

    /**
     * A platform playing {@code profile} for a running Recall at {@code toolBase}: Moodle and strict ones at their
     * own origin (as Dynamic Registration requires of their issuer), Canvas with its fixed issuer.
     */
    public static TestPlatform playing(Profile profile, URI toolBase) {
        return new TestPlatform(profile, 0, profile == Profile.CANVAS ? CANVAS_ISSUER : null, toolBase);
    }

    private HttpServer listen() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.setExecutor(executor);
            return http;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Profile profile() {
        return profile;
    }

    /** The client id the platform gave Recall (Canvas: the developer key's id, one per platform here). */
    public String clientId() {
        return clientId;
    }

    /** The first of the platform's deployments of Recall. */
    public String deploymentId() {
        return profile.deploymentIds().get(0);
    }

    /** Serves {@code endpoint} on the platform's service host (the school's host for Canvas, else the platform's). */
    public void handleService(String path, Endpoint endpoint) {
        if (services == null) {
            handle(path, endpoint);
            return;
        }
        services.createContext(path, exchange -> {
            try (exchange) {
                endpoint.answer(exchange);
            }
        });
    }

    /** A URL on the platform's service host. */
    public URI serviceUri(String path) {
        return services == null ? uri(path) : URI.create("http://127.0.0.1:" + services.getAddress().getPort() + path);
    }

    /**
     * A platform whose issuer is its own origin ({@code http://127.0.0.1:<port>}), as Dynamic Registration
     * requires of the OpenID configuration it serves (LTI DR 1.0 §3.5.1).
     */
    public static TestPlatform atItsOwnOrigin(URI toolBase) {
        return new TestPlatform(0, null, toolBase);
    }

    public String issuer() {
        return issuerIsOrigin ? "http://127.0.0.1:" + server.getAddress().getPort() : issuer;
    }

    public void handle(String path, Endpoint endpoint) {
        server.createContext(path, exchange -> {
            try (exchange) {
                endpoint.answer(exchange);
            }
        });
    }

    /** The registration of Recall on this platform, as the tool stores it. */
    public Platform platform() {
        return new Platform(id, issuer(), clientId, uri("/auth"), uri("/token"), uri("/jwks"),
                Set.copyOf(profile.deploymentIds()));
    }

    /** The base URI of the tool this platform launches. */
    public URI toolBase() {
        return toolBase;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** A complete, valid LtiResourceLinkRequest as Moodle sends it, signed with the current key. */
    public IdTokenBuilder idToken() {
        return new IdTokenBuilder(this, signingKey);
    }

    public RSAKey signingKey() {
        return signingKey;
    }

    /** Replaces the signing key by a new one with a new kid; the JWKS publishes only the new key. */
    public RSAKey rotateKey() {
        signingKey = newKey();
        return signingKey;
    }

    /** Makes the JWKS endpoint answer only after {@code delay} (longer than the tool's timeout: unreachable). */
    public void respondSlowly(Duration delay) {
        jwksDelay = delay;
    }

    public int jwksRequests() {
        return jwksRequests.get();
    }

    private void serveJwks(HttpExchange exchange) throws IOException {
        jwksRequests.incrementAndGet();
        pause(jwksDelay);
        byte[] body = new JWKSet(signingKey.toPublicJWK()).toString(true).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        if (services != null) {
            services.stop(0);
        }
        executor.shutdownNow();
    }
}
