package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.recall.grade.GradeOutbox;
import org.recall.grade.PendingScore;
import org.recall.lti.ags.AgsMediaType;
import org.recall.lti.ags.AgsScope;
import org.recall.lti.claims.AgsEndpointClaim;
import org.recall.testplatform.AgsEndpoints;

/**
 * Grades from the outbox to the platform's gradebook, against a real Recall and a test platform that
 * plays the AGS token, line item and score endpoints. Outbox rows are written straight into Recall's
 * H2 database (opened with AUTO_SERVER so that this JVM can share it) the way the quiz submit does,
 * with {@link GradeOutbox#enqueue}; so this class runs a Recall of its own rather than the shared one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisabledIfSystemProperty(named = "recall.it.store", matches = "postgresql",
        disabledReason = "runs on its own H2 file; delivery on PostgreSQL is covered by MultiInstanceIT")
class GradeDeliveryIT {

    static final Set<String> SCOPES = Set.of(AgsScope.LINEITEM, AgsScope.SCORE, AgsScope.RESULT_READONLY);

    String dbUrl;
    Map<String, String> env;
    RecallServer server;
    LaunchFlow flow;
    AgsEndpoints ags;
    String lineItem;
    long platformId;
    long activityId;
    int second;

    @BeforeAll
    void start() throws Exception {
        Path dir = Files.createTempDirectory("recall-grades-it-");
        dbUrl = "jdbc:h2:file:" + dir.resolve("recall") + ";AUTO_SERVER=TRUE";
        env = Map.of("RECALL_DB_URL", dbUrl, "RECALL_GRADES_RETRY_BASE", "PT1S", "RECALL_GRADES_REQUEST_TIMEOUT", "PT2S");
        server = RecallServer.start(env);
        flow = LaunchFlow.register(server);
        ags = new AgsEndpoints(flow.platform(), this::toolKey);
        lineItem = ags.addLineItem("Week 1 verbs", 10, "7", null, null) + "?type_id=1";
        String student = flow.session(t -> t.subject("student-1").claim(AgsEndpointClaim.CLAIM, Map.of(
                "scope", List.copyOf(SCOPES), "lineitems", ags.lineItemsUrl(), "lineitem", lineItem)));
        assertEquals(200, get("/api/study/session", student).statusCode());
        try (Connection c = db()) {
            var rs = c.createStatement().executeQuery("SELECT p.id, a.id FROM platform p JOIN activity a ON a.platform_id = p.id"
                    + " WHERE p.issuer = '" + flow.issuer() + "'");
            rs.next();
            platformId = rs.getLong(1);
            activityId = rs.getLong(2);
        }
    }

    @AfterAll
    void stop() {
        flow.close();
        server.close();
    }

    @Test
    @Order(1)
    void aScoreArrivesOnceWithTheRightMediaTypeTokenAndFields() throws Exception {
        enqueue("student-1", 8);
        await(() -> ags.scores().size() == 1, Duration.ofSeconds(20));
        Thread.sleep(1500);
        assertEquals(1, ags.scores().size());
        var post = ags.scores().get(0);
        assertEquals(AgsMediaType.SCORE, post.contentType());
        assertEquals("/lineitems/1/lineitem/scores", post.path());
        assertEquals("type_id=1", post.query());
        assertTrue(ags.issuedTokens().contains(post.authorization().substring("Bearer ".length())));
        var json = JSONObjectUtils.parse(post.body());
        assertEquals("student-1", json.get("userId"));
        assertEquals(8.0, ((Number) json.get("scoreGiven")).doubleValue());
        assertEquals(10.0, ((Number) json.get("scoreMaximum")).doubleValue());
        assertEquals("Completed", json.get("activityProgress"));
        assertEquals("FullyGraded", json.get("gradingProgress"));
        assertTrue(json.get("timestamp").toString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
    }

    @Test
    @Order(2)
    void theScoreArrivesOnceThePlatformRecoversFromErrorsAndTimeouts() throws Exception {
        int before = ags.scores().size();
        ags.failNext(AgsEndpoints.Failure.status(503), AgsEndpoints.Failure.slow(Duration.ofSeconds(3)),
                AgsEndpoints.Failure.status(503));
        enqueue("student-2", 6);
        await(() -> posts("student-2").size() >= 1, Duration.ofSeconds(60));
        Thread.sleep(4000);
        // The slow answer's request may still have been stored by the platform after Recall gave up on it:
        // a repeat of the very same score (same timestamp), which is harmless.
        assertEquals(1, posts("student-2").stream().map(p -> p.body()).distinct().count());
        assertTrue(posts("student-2").size() <= 2);
    }

    @Test
    @Order(3)
    void aBadRequestShowsInTheInstructorView() throws Exception {
        ags.failNext(new AgsEndpoints.Failure(400, null, Duration.ZERO, "{\"error\":\"User is not enrolled\"}"));
        enqueue("student-3", 4);
        String instructor = flow.session(t -> t.subject("teacher-1")
                .roles("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor")
                .claim(AgsEndpointClaim.CLAIM, Map.of("scope", List.copyOf(SCOPES), "lineitem", lineItem)));
        await(() -> get("/api/instructor/grades", instructor).body().contains("HTTP 400"), Duration.ofSeconds(20));
        String view = get("/api/instructor/grades", instructor).body();
        assertTrue(view.contains("\"failed\""), view);
        assertFalse(view.contains("User is not enrolled"), "the platform's answer is a reason, not its body: " + view);
        assertEquals(403, get("/api/instructor/grades", flow.session(t -> t.subject("student-9"))).statusCode());
    }

    @Test
    @Order(4)
    void aScoreWrittenWhileRecallIsDownArrivesAfterTheRestart() throws Exception {
        server.kill();
        enqueue("student-4", 9);
        server = RecallServer.start(env);
        await(() -> posts("student-4").size() == 1, Duration.ofSeconds(60));
    }

    @Test
    @Order(5)
    void scoresGoOnAcrossAToolKeyRotation() throws Exception {
        var rotated = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/api/admin/keys/rotate?graceMinutes=5"))
                .header("Authorization", "Bearer " + RecallServer.ADMIN_TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, rotated.statusCode(), rotated.body());
        String newKid = JSONObjectUtils.parse(rotated.body()).get("kid").toString();
        // The platform forgets the tokens it gave: the next score needs a new client assertion.
        ags.revokeTokens();

        enqueue("student-5", 7);
        await(() -> posts("student-5").size() == 1, Duration.ofSeconds(60));
        // The platform verified an assertion signed with the new key, found through Recall's JWKS.
        assertEquals(newKid, assertionKids.get(assertionKids.size() - 1));
        // (Launches across a rotation: AdminIT.)
    }

    List<AgsEndpoints.Received> posts(String user) {
        return ags.scores().stream().filter(p -> p.body().contains("\"userId\":\"" + user + "\"")).toList();
    }

    void enqueue(String user, double given) throws Exception {
        try (Connection c = db()) {
            c.setAutoCommit(false);
            new GradeOutbox().enqueue(c, new PendingScore(platformId, activityId, user, lineItem, ags.lineItemsUrl(),
                    SCOPES, given, 10.0, "Completed", "FullyGraded", "Quiz", Instant.now().plusSeconds(second++)));
            c.commit();
        }
    }

    Connection db() throws Exception {
        return DriverManager.getConnection(dbUrl, "recall", "recall");
    }

    /** Recall's keys live in its database, so the JWKS read before a restart still holds after it. */
    final Map<String, RSAKey> toolKeys = new java.util.concurrent.ConcurrentHashMap<>();

    /** The kid of every client assertion the platform checked, in order. */
    final List<String> assertionKids = new java.util.concurrent.CopyOnWriteArrayList<>();

    RSAKey toolKey(String kid) {
        assertionKids.add(kid);
        return toolKeys.computeIfAbsent(kid, this::fetchToolKey);
    }

    RSAKey fetchToolKey(String kid) {
        try {
            var jwks = JWKSet.parse(HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/.well-known/jwks.json"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            return (RSAKey) jwks.getKeyByKeyId(kid);
        } catch (Exception e) {
            return null;
        }
    }

    HttpResponse<String> get(String path, String session) {
        return flow.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + session).build());
    }

    static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long until = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < until) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        assertTrue(condition.getAsBoolean(), "not within " + timeout);
    }
}
