package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recall.lti.ags.AgsScope;
import org.recall.lti.claims.AgsEndpointClaim;
import org.recall.lti.claims.LtiClaims;
import org.recall.testplatform.AgsEndpoints;

/**
 * {@code /metrics} as Prometheus reads it: the text parses, and the counters an operator watches move
 * after a launch, a refused launch, a quiz submit and the score's delivery to the platform's gradebook.
 */
@ExtendWith(RecallServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsIT {

    private RecallServer server;
    private LaunchFlow flow;
    private AgsEndpoints ags;
    private String lineItem;
    private final Map<String, RSAKey> toolKeys = new ConcurrentHashMap<>();

    @BeforeAll
    void setUp(RecallServer server) {
        this.server = server;
        this.flow = LaunchFlow.register(server);
        this.ags = new AgsEndpoints(flow.platform(), kid -> toolKeys.computeIfAbsent(kid, this::toolKey));
        this.lineItem = ags.addLineItem("Quiz", 10, "7", null, null);
    }

    @AfterAll
    void close() {
        flow.close();
    }

    @Test
    void countersMoveAfterALaunchARefusalASubmitAndADelivery() throws Exception {
        PrometheusText before = scrape();
        String student = flow.session(t -> t.subject("metrics-student-7f3a")
                .claim(LtiClaims.CUSTOM, Map.of("deck", "mlops-vs-devops", "modes", "quiz", "points", "10", "attempts", "1"))
                .claim(AgsEndpointClaim.CLAIM, Map.of("scope", List.of(AgsScope.SCORE, AgsScope.LINEITEM),
                        "lineitems", ags.lineItemsUrl(), "lineitem", lineItem)));
        assertEquals(403, flow.launch(t -> t.claim(LtiClaims.DEPLOYMENT_ID, "no-such-deployment")).statusCode());
        long attempt = Json.createReader(new StringReader(call("POST", "/api/study/quiz/attempts", student, null).body()))
                .readObject().getJsonNumber("attemptId").longValue();
        assertEquals(200, call("POST", "/api/study/quiz/attempts/" + attempt + "/submit", student,
                "{\"answers\":{\"q1\":\"a\"}}").statusCode());
        String platform = "platform=\"" + platformId() + "\"";
        await(() -> scrape().sum("recall_grade_delivery_latency_seconds_count", platform) == 1, Duration.ofSeconds(30));

        PrometheusText after = scrape();
        assertEquals(1, delta(before, after, "recall_launches_total{result=\"ok\"}"));
        assertEquals(1, delta(before, after, "recall_launches_total{result=\"unknown_deployment\"}"));
        assertEquals(2, delta(before, after, "recall_logins_total{result=\"ok\"}"));
        assertEquals(1, delta(before, after, "recall_sessions_opened_total{role=\"learner\"}"));
        assertEquals(1, delta(before, after, "recall_quiz_submits_total"));
        assertEquals(1, delta(before, after, "recall_launch_duration_seconds_count{result=\"ok\"}"));
        assertEquals("histogram", after.types.get("recall_launch_duration_seconds"));
        assertEquals(after.value("recall_launch_duration_seconds_count{result=\"ok\"}"),
                after.value("recall_launch_duration_seconds_bucket{result=\"ok\",le=\"+Inf\"}"));
        assertEquals(1, after.sum("recall_platform_jwks_fetches_total", platform + ",result=\"ok\""));
        assertEquals(1, after.sum("recall_grade_outbox_rows", platform + ",status=\"delivered\""));
        assertEquals(0, after.sum("recall_grade_outbox_rows", platform + ",status=\"pending\""));
        assertTrue(delta(before, after, "recall_jwks_requests_total") >= 1, "the platform fetched Recall's JWKS");
        assertEquals(32, after.value("recall_db_connections_max"));
        assertTrue(after.value("recall_db_connections_acquired_total") > 0);
        assertTrue(after.sum("jvm_memory_used_bytes", "area=\"heap\"") > 0);
        assertFalse(scrapeText().contains("metrics-student-7f3a"), "no user identifier in any label");
    }

    @Test
    void openFromLoopbackOnlyUnlessTheAdminTokenIsSent() {
        assertEquals(200, metrics(Map.of()).statusCode());
        // Behind a proxy on this machine every client seems to come from loopback: a forwarded request is remote.
        var forwarded = metrics(Map.of("X-Forwarded-For", "203.0.113.9"));
        assertEquals(401, forwarded.statusCode());
        assertTrue(forwarded.body().contains("admin token"), forwarded.body());
        assertEquals(401, metrics(Map.of("Forwarded", "for=203.0.113.9", "Authorization", "Bearer wrong")).statusCode());
        assertEquals(200, metrics(Map.of("X-Forwarded-For", "203.0.113.9",
                "Authorization", "Bearer " + RecallServer.ADMIN_TOKEN)).statusCode());
    }

    private PrometheusText scrape() {
        return PrometheusText.parse(scrapeText());
    }

    private String scrapeText() {
        var response = metrics(Map.of());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(java.util.Set.of("text/plain", "version=0.0.4", "charset=utf-8"), java.util.Arrays.stream(
                response.headers().firstValue("Content-Type").orElse("").toLowerCase().split(";"))
                .map(String::trim).collect(java.util.stream.Collectors.toSet()));
        return response.body();
    }

    private HttpResponse<String> metrics(Map<String, String> headers) {
        var request = HttpRequest.newBuilder(server.uri("/metrics"));
        headers.forEach(request::header);
        return flow.send(request.build());
    }

    private static double delta(PrometheusText before, PrometheusText after, String series) {
        return after.value(series) - before.value(series);
    }

    private long platformId() {
        var list = Json.createReader(new StringReader(flow.admin("GET", "/api/admin/platforms", null).body())).readArray();
        return list.stream().map(v -> v.asJsonObject()).filter(p -> p.getString("issuer").equals(flow.issuer()))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private HttpResponse<String> call(String method, String path, String token, String body) {
        var request = HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return flow.send(request.build());
    }

    private RSAKey toolKey(String kid) {
        try {
            return (RSAKey) JWKSet.parse(flow.send(HttpRequest.newBuilder(server.uri("/.well-known/jwks.json")).build())
                    .body()).getKeyByKeyId(kid);
        } catch (java.text.ParseException e) {
            return null;
        }
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
