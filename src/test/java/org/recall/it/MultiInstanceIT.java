package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.recall.lti.ags.AgsScope;
import org.recall.lti.claims.AgsEndpointClaim;
import org.recall.lti.claims.LtiClaims;
import org.recall.lti.claims.ResourceLinkClaim;
import org.recall.testplatform.AgsEndpoints;
import java.util.HashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two Recall instances of the same WAR on loopback share one PostgreSQL, as behind a load balancer:
 * login state, nonces and study sessions live in the database, so any instance serves any request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "recall.it.store", matches = "postgresql",
        disabledReason = "several instances need a shared PostgreSQL: this test runs in the PostgreSQL run")
class MultiInstanceIT {

    private RecallServer a;
    private RecallServer b;
    private LaunchFlow flow;
    private AgsEndpoints ags;
    private final Map<String, RSAKey> toolKeys = new ConcurrentHashMap<>();

    @BeforeAll
    void startTwoInstances() {
        var env = new HashMap<>(TestStore.freshSchema("multi_instance"));
        a = RecallServer.start(env);
        // Both answer for the same public URL, the load balancer's; here that of instance A.
        env.put("RECALL_BASE_URL", a.base().toString());
        b = RecallServer.start(env);
        flow = LaunchFlow.register(a);
        ags = new AgsEndpoints(flow.platform(), kid -> toolKeys.computeIfAbsent(kid, this::toolKey));
    }

    @AfterAll
    void stop() {
        flow.close();
        b.close();
        a.close();
    }

    @Test
    void loginOnOneInstanceLaunchOnTheOtherAndTheSessionServesOnBoth() {
        var login = flow.login();
        assertEquals(302, login.status(), login.body());
        String idToken = flow.platform().idToken().subject("multi-1").nonce(login.nonce()).sign();

        var launch = flow.post(b, idToken, login.state(), login.cookie());
        assertEquals(303, launch.statusCode(), launch.body());
        String token = LaunchFlow.sessionToken(launch).orElseThrow();

        for (RecallServer instance : new RecallServer[] {a, b}) {
            var session = flow.send(HttpRequest.newBuilder(instance.uri("/api/study/session"))
                    .header("Authorization", "Bearer " + token).build());
            assertEquals(200, session.statusCode(), session.body());
            assertTrue(session.body().contains("Camille Martin"), session.body());
        }
        // The nonce was used on B: replaying the launch on A is refused.
        assertEquals(401, flow.post(a, idToken, login.state(), login.cookie()).statusCode());
    }

    @Test
    void aQuizTakenAcrossBothInstancesIsGradedOnceAndItsScoreDeliveredOnce() throws Exception {
        String lineItem = ags.addLineItem("Quiz", 10, "multi-link", null, null);
        String token = flow.session(t -> t.subject("multi-quiz")
                .claim(ResourceLinkClaim.CLAIM, Map.of("id", "multi-link"))
                .claim(LtiClaims.CUSTOM, Map.of("deck", "mlops-vs-devops", "modes", "review,quiz", "points", "10"))
                .claim(AgsEndpointClaim.CLAIM, Map.of("scope", List.of(AgsScope.LINEITEM, AgsScope.SCORE),
                        "lineitems", ags.lineItemsUrl(), "lineitem", lineItem)));

        var start = call(a, "POST", "/api/study/quiz/attempts", token, "{}");
        assertEquals(200, start.statusCode(), start.body());
        String attempt = Json.createReader(new StringReader(start.body())).readObject().get("attemptId").toString();
        assertEquals(200, call(b, "PUT", "/api/study/quiz/attempts/" + attempt + "/answers/q1", token, "{\"optionId\":\"a\"}").statusCode());
        var submit = call(a, "POST", "/api/study/quiz/attempts/" + attempt + "/submit", token,
                "{\"answers\":{\"q1\":\"a\",\"q2\":\"c\",\"q3\":\"b\",\"q4\":\"a\",\"q5\":\"a\"}}");
        assertEquals(200, submit.statusCode(), submit.body());
        assertEquals(409, call(b, "POST", "/api/study/quiz/attempts/" + attempt + "/submit", token,
                "{\"answers\":{\"q1\":\"a\"}}").statusCode(), "a second submit on the other instance");

        // Both instances run a delivery worker over the shared outbox: the score goes out once.
        long deadline = System.currentTimeMillis() + 30_000;
        while (ags.scores().isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(3_000); // time for a duplicate to show up, if the claims let one through
        assertEquals(1, ags.scores().size(), "scores received: " + ags.scores());
        assertTrue(ags.scores().get(0).body().contains("\"scoreGiven\":8"), ags.scores().get(0).body());
    }

    private java.net.http.HttpResponse<String> call(RecallServer server, String method, String path, String token, String body) {
        var request = HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return flow.send(request.build());
    }

    private RSAKey toolKey(String kid) {
        try {
            var jwks = JWKSet.parse(flow.send(HttpRequest.newBuilder(a.uri("/.well-known/jwks.json")).build()).body());
            return (RSAKey) jwks.getKeyByKeyId(kid);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
