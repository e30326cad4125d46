package org.recall.lti.ags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recall.lti.Platform;
import org.recall.lti.http.ServiceOrigins;
import org.recall.testplatform.AgsEndpoints;
import org.recall.testplatform.TestPlatform;

class AgsClientTest {

    static final Set<String> ALL = Set.of(AgsScope.LINEITEM, AgsScope.LINEITEM_READONLY, AgsScope.RESULT_READONLY,
            AgsScope.SCORE);
    static RSAKey toolKey;

    TestPlatform lms;
    AgsEndpoints ags;
    Platform platform;
    AgsClient client;

    @BeforeAll
    static void key() throws Exception {
        toolKey = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                .keyIDFromThumbprint(true).generate();
    }

    @BeforeEach
    void start() {
        lms = new TestPlatform();
        ags = new AgsEndpoints(lms, kid -> kid.equals(toolKey.getKeyID()) ? toolKey.toPublicJWK() : null);
        platform = lms.platform();
        client = new AgsClient(() -> toolKey, Duration.ofSeconds(3), Duration.ofSeconds(2), Clock.systemUTC(),
                ServiceOrigins.defaults(true));
    }

    @AfterEach
    void stop() {
        lms.close();
    }

    Score score(String user, double given) {
        return new Score(user, given, 10.0, "Completed", "FullyGraded", Instant.parse("2026-11-03T10:15:30.123456Z"),
                "Quiz: " + given + " of 10");
    }

    @Test
    void oneTokenServesManyScorePostsFromManyThreads() throws Exception {
        URI lineItem = URI.create(ags.addLineItem("Quiz", 10, "link-1", null, null));
        var pool = Executors.newFixedThreadPool(6);
        var posts = new ArrayList<Future<?>>();
        for (int i = 0; i < 30; i++) {
            String user = "user-" + i;
            posts.add(pool.submit(() -> {
                client.postScore(platform, ALL, lineItem, score(user, 7));
                return null;
            }));
        }
        for (Future<?> post : posts) {
            post.get(20, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(30, ags.scores().size());
        assertEquals(1, ags.tokenRequests());
    }

    @Test
    void clientAssertionIsSignedByTheToolKeyWithTheRequiredClaims() throws Exception {
        URI lineItem = URI.create(ags.addLineItem("Quiz", 10, "link-1", null, null));
        client.postScore(platform, ALL, lineItem, score("u1", 5));
        var claims = ags.assertions().get(0); // the platform verified the signature with the tool's public key
        assertEquals(TestPlatform.CLIENT_ID, claims.getIssuer());
        assertEquals(TestPlatform.CLIENT_ID, claims.getSubject());
        assertEquals(java.util.List.of(lms.uri("/token").toString()), claims.getAudience());
        assertTrue(claims.getJWTID().length() >= 16);
        long lifetime = claims.getExpirationTime().getTime() - claims.getIssueTime().getTime();
        assertTrue(lifetime > 0 && lifetime <= 60_000, "exp about a minute after iat: " + lifetime);
    }

    @Test
    void asksOnlyForScopesTheLaunchGranted() throws Exception {
        URI lineItem = URI.create(ags.addLineItem("Quiz", 10, "link-1", null, null));
        client.postScore(platform, Set.of(AgsScope.SCORE, AgsScope.LINEITEM_READONLY, "https://other/scope"), lineItem,
                score("u1", 5));
        assertEquals(Set.of(AgsScope.SCORE, AgsScope.LINEITEM_READONLY),
                Set.of(ags.requestedScopes().get(0).split(" ")));
        var refused = assertThrows(AgsException.class,
                () -> client.results(platform, Set.of(AgsScope.SCORE), lineItem));
        assertFalse(refused.isTransient());
    }

    @Test
    void expiringTokenIsRenewed() throws Exception {
        ags.tokenLifetime(1); // renewed half-way through a very short life
        URI lineItem = URI.create(ags.addLineItem("Quiz", 10, "link-1", null, null));
        client.postScore(platform, ALL, lineItem, score("u1", 5));
        Thread.sleep(700);
        client.postScore(platform, ALL, lineItem, score("u2", 6));
        assertEquals(2, ags.tokenRequests());
    }

    @Test
    void scorePostGoesToScoresBeforeTheQueryStringWithTheScoreMediaTypeAndFields() throws Exception {
        ags.addLineItem("Quiz", 10, "link-1", null, null);
        URI lineItem = URI.create(lms.uri("/lineitems/1/lineitem") + "?type_id=1");
        client.postScore(platform, ALL, lineItem, score("u1", 8));
        var post = ags.scores().get(0);
        assertEquals("/lineitems/1/lineitem/scores", post.path());
        assertEquals("type_id=1", post.query());
        assertEquals(AgsMediaType.SCORE, post.contentType());
        assertTrue(ags.issuedTokens().contains(post.authorization().substring("Bearer ".length())));
        var json = JSONObjectUtils.parse(post.body());
        assertEquals("u1", json.get("userId"));
        assertEquals(8.0, ((Number) json.get("scoreGiven")).doubleValue());
        assertEquals(10.0, ((Number) json.get("scoreMaximum")).doubleValue());
        assertEquals("Completed", json.get("activityProgress"));
        assertEquals("FullyGraded", json.get("gradingProgress"));
        assertEquals("2026-11-03T10:15:30.123Z", json.get("timestamp"));
        assertEquals("Quiz: 8.0 of 10", json.get("comment"));
    }

    @Test
    void serviceUrlKeepsTheQueryString() {
        assertEquals(URI.create("https://m.test/mod/lti/services.php/42/lineitems/9/lineitem/scores?type_id=1"),
                AgsClient.serviceUrl(URI.create("https://m.test/mod/lti/services.php/42/lineitems/9/lineitem?type_id=1"),
                        "scores"));
        assertEquals(URI.create("https://c.test/items/9/results"),
                AgsClient.serviceUrl(URI.create("https://c.test/items/9/"), "results"));
    }

    @Test
    void findsTheLineItemOnALaterPageFollowingLinkNext() throws Exception {
        ags.pageSize(2);
        for (int i = 0; i < 5; i++) {
            ags.addLineItem("Other " + i, 10, "other-" + i, null, null);
        }
        String mine = ags.addLineItem("Mine", 10, null, "recall-activity-7", "recall-quiz");
        var found = client.findLineItem(platform, ALL, URI.create(ags.lineItemsUrl()), null, "recall-activity-7",
                "recall-quiz");
        assertEquals(URI.create(mine), found.orElseThrow().id());
        assertEquals(6, client.lineItems(platform, ALL, URI.create(ags.lineItemsUrl()), null).size());
        // With a resource link id the platform filters the container itself (AGS 2.0 §3.2.4).
        assertEquals(1, client.lineItems(platform, ALL, URI.create(ags.lineItemsUrl()), "other-3").size());
    }

    @Test
    void createsALineItemWithItsFields() throws Exception {
        var created = client.createLineItem(platform, ALL, URI.create(ags.lineItemsUrl()),
                new LineItem(null, "MLOps quiz", 10, "recall-activity-7", "recall-quiz", "link-7"));
        assertTrue(created.id().toString().startsWith(lms.uri("/lineitems/").toString()));
        var sent = ags.lineItemCreations().get(0);
        assertEquals(AgsMediaType.LINEITEM, sent.contentType());
        var json = JSONObjectUtils.parse(sent.body());
        assertEquals("MLOps quiz", json.get("label"));
        assertEquals("recall-activity-7", json.get("resourceId"));
        assertEquals("recall-quiz", json.get("tag"));
        assertEquals(10.0, ((Number) json.get("scoreMaximum")).doubleValue());
    }

    @Test
    void conflictIsAPermanentRefusal() {
        URI lineItem = URI.create(ags.addLineItem("Quiz", 10, "link-1", null, null));
        ags.failNext(AgsEndpoints.Failure.status(409));
        var e = assertThrows(AgsException.class, () -> client.postScore(platform, ALL, lineItem, score("u1", 5)));
        assertEquals(409, e.status());
        assertFalse(e.isTransient());
        assertTrue(e.getMessage().contains("HTTP 409"), e.getMessage());
        assertFalse(e.getMessage().contains("status 409"), "the platform's answer is not in the message: " + e.getMessage());
    }

    @Test
    void serviceUnavailableIsTransientWithItsRetryAfter() {
        URI lineItem = URI.create(ags.addLineItem("Quiz", 10, "link-1", null, null));
        ags.failNext(new AgsEndpoints.Failure(503, "7", Duration.ZERO, "down"));
        var e = assertThrows(AgsException.class, () -> client.postScore(platform, ALL, lineItem, score("u1", 5)));
        assertTrue(e.isTransient());
        assertEquals(Duration.ofSeconds(7), e.retryAfter().orElseThrow());
    }

    @Test
    void slowAnswerTimesOutAsUnreachable() {
        URI lineItem = URI.create(ags.addLineItem("Quiz", 10, "link-1", null, null));
        ags.failNext(AgsEndpoints.Failure.slow(Duration.ofSeconds(4)));
        var e = assertThrows(AgsException.class, () -> client.postScore(platform, ALL, lineItem, score("u1", 5)));
        assertEquals(AgsException.UNREACHABLE, e.status());
        assertTrue(e.isTransient());
    }

    @Test
    void refusedConnectionIsUnreachable() {
        URI lineItem = URI.create(ags.addLineItem("Quiz", 10, "link-1", null, null));
        lms.close();
        var e = assertThrows(AgsException.class, () -> client.postScore(platform, ALL, lineItem, score("u1", 5)));
        assertEquals(AgsException.UNREACHABLE, e.status());
    }

    @Test
    void aTokenAnswerSentAsTextHtmlIsReadByItsBody() throws Exception {
        ags.tokenContentType("text/html; charset=UTF-8"); // Moodle's mod/lti/token.php sets no Content-Type
        URI lineItem = URI.create(ags.addLineItem("Quiz", 10, "link-1", null, null));
        client.postScore(platform, ALL, lineItem, score("u1", 5));
        assertEquals(1, ags.scores().size());
    }

    @Test
    void aTokenAnswerThatIsNotATokenIsAConfigurationFailureNamingNoSecret() {
        URI lineItem = URI.create(ags.addLineItem("Quiz", 10, "link-1", null, null));
        String secret = "FAKE-ACCESS-TOKEN-3f9a";
        for (var body : new String[] {"<html><body>Maintenance " + secret + "</body></html>",
                "{\"token\":\"" + secret + "\",\"token_type\":\"Bearer\"}", "[\"" + secret + "\"]"}) {
            ags.tokenAnswer(exchange -> answer(exchange, 200, "text/html", body));
            var e = assertThrows(AgsException.class, () -> client.postScore(platform, ALL, lineItem, score("u1", 5)));
            assertEquals(AgsException.Kind.CONFIGURATION, e.kind(), body);
            assertEquals("token request 200", e.cause());
            assertFalse(e.getMessage().contains(secret) || e.getMessage().contains("Maintenance"), e.getMessage());
        }
    }

    @Test
    void aRefusedTokenRequestIsAConfigurationFailureWithTheOAuthErrorCodeOnly() {
        URI lineItem = URI.create(ags.addLineItem("Quiz", 10, "link-1", null, null));
        ags.tokenAnswer(exchange -> answer(exchange, 401, "text/html",
                "{\"error\":\"invalid_client\",\"error_description\":\"key FAKE-KEY-77 unknown\"}"));
        var e = assertThrows(AgsException.class, () -> client.postScore(platform, ALL, lineItem, score("u1", 5)));
        assertEquals(AgsException.Kind.CONFIGURATION, e.kind());
        assertEquals("token request 401", e.cause());
        assertTrue(e.getMessage().startsWith("127.0.0.1 answered HTTP 401, invalid_client to the token request"), e.getMessage());
        assertFalse(e.getMessage().contains("FAKE-KEY-77"), e.getMessage());
        ags.tokenAnswer(exchange -> answer(exchange, 503, "text/html", "<h1>down</h1>"));
        assertTrue(assertThrows(AgsException.class, () -> client.postScore(platform, ALL, lineItem, score("u1", 5)))
                .isTransient());
    }

    @Test
    void aTokenEndpointThatIsDownIsAskedOncePerCoolDownNotOncePerScore() throws Exception {
        var clock = new org.recall.study.MutableClock(Instant.now());
        client = new AgsClient(() -> toolKey, Duration.ofSeconds(3), Duration.ofSeconds(2), clock, ServiceOrigins.defaults(true));
        URI lineItem = URI.create(ags.addLineItem("Quiz", 10, "link-1", null, null));
        ags.tokenAnswer(exchange -> answer(exchange, 503, "text/html", "<h1>down</h1>"));
        for (int i = 0; i < 5; i++) {
            var e = assertThrows(AgsException.class, () -> client.postScore(platform, ALL, lineItem, score("u1", 5)));
            assertTrue(e.isTransient(), "each queued score is tried again later");
            assertEquals("token request 503", e.cause());
        }
        assertEquals(1, ags.tokenRequests(), "five scores, one token request while the platform is down");

        ags.tokenAnswer(null);
        clock.now = clock.now.plus(AccessTokens.COOL_DOWN).minusMillis(1);
        assertThrows(AgsException.class, () -> client.postScore(platform, ALL, lineItem, score("u1", 5)));
        assertEquals(1, ags.tokenRequests());
        clock.now = clock.now.plusMillis(1);
        client.postScore(platform, ALL, lineItem, score("u1", 5));
        assertEquals(2, ags.tokenRequests(), "asked again once the cool-down is over");
        assertEquals(1, ags.scores().size());
    }

    @Test
    void aRetryAfterLongerThanTheCoolDownIsHonouredUpToAMinute() {
        var clock = new org.recall.study.MutableClock(Instant.now());
        client = new AgsClient(() -> toolKey, Duration.ofSeconds(3), Duration.ofSeconds(2), clock, ServiceOrigins.defaults(true));
        URI lineItem = URI.create(ags.addLineItem("Quiz", 10, "link-1", null, null));
        ags.tokenAnswer(exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "3600");
            answer(exchange, 429, "text/html", "slow down");
        });
        assertThrows(AgsException.class, () -> client.postScore(platform, ALL, lineItem, score("u1", 5)));
        clock.now = clock.now.plusSeconds(59);
        assertThrows(AgsException.class, () -> client.postScore(platform, ALL, lineItem, score("u1", 5)));
        assertEquals(1, ags.tokenRequests(), "Retry-After kept Recall away for longer than its own cool-down");
        clock.now = clock.now.plusSeconds(1);
        assertThrows(AgsException.class, () -> client.postScore(platform, ALL, lineItem, score("u1", 5)));
        assertEquals(2, ags.tokenRequests(), "but never for more than a minute");
    }

    @Test
    void aHugeTokenAnswerIsCutAndASlowOneTimesOut() {
        URI lineItem = URI.create(ags.addLineItem("Quiz", 10, "link-1", null, null));
        var sent = new java.util.concurrent.atomic.AtomicLong();
        ags.tokenAnswer(org.recall.testplatform.Misbehaving.huge(768L * 1024 * 1024, "text/html", sent));
        var huge = assertThrows(AgsException.class, () -> client.postScore(platform, ALL, lineItem, score("u1", 5)));
        assertEquals(AgsException.Kind.CONFIGURATION, huge.kind());
        assertTrue(huge.getMessage().contains("answered more than 64 KiB"), huge.getMessage());
        assertTrue(sent.get() < 32L * 1024 * 1024, "sent " + sent.get());

        ags.tokenAnswer(org.recall.testplatform.Misbehaving.slow(Duration.ofMillis(100), 10_000));
        long start = System.nanoTime();
        var slow = assertThrows(AgsException.class, () -> client.postScore(platform, ALL, lineItem, score("u1", 5)));
        assertTrue(slow.isTransient());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(4).toNanos(), "bounded by the 2 s deadline");
    }

    @Test
    void aServiceUrlOutsideThePlatformsOriginsIsNeverCalled() throws Exception {
        var called = new java.util.concurrent.atomic.AtomicInteger();
        try (var internal = new TestPlatform()) {
            internal.handle("/internal/config.txt", exchange -> {
                called.incrementAndGet();
                answer(exchange, 200, "text/plain", "db_password=hunter2");
            });
            URI container = URI.create(internal.uri("/internal/config.txt") + "?");
            var e = assertThrows(AgsException.class, () -> client.lineItems(platform, ALL, container, "link-1"));
            assertEquals(AgsException.Kind.CONFIGURATION, e.kind());
            assertTrue(e.getMessage().contains("not on an origin allowed for this platform"), e.getMessage());
            assertFalse(e.getMessage().contains("hunter2"));
            assertEquals(0, called.get());
            assertEquals(0, ags.tokenRequests(), "not even a token was asked for");
        }
    }

    static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String type, String body)
            throws java.io.IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Test
    void retryAfterAsHttpDate() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-03T10:00:00Z"), java.time.ZoneOffset.UTC);
        assertEquals(Duration.ofSeconds(90),
                AgsException.parseRetryAfter("Tue, 03 Nov 2026 10:01:30 GMT", clock).orElseThrow());
        assertTrue(AgsException.parseRetryAfter("soon", clock).isEmpty());
    }
}
