package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
 * A data subject's requests over HTTP: a student studies and takes the graded quiz (the score cannot reach the
 * platform, so it waits in the outbox); the admin's export holds the attempt; the erasure is refused while the
 * score waits, then cancels it when asked, and afterwards Recall holds nothing about the student.
 */
@ExtendWith(RecallServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyIT {

    static final String STUDENT = "privacy-student/1 é";

    private RecallServer server;
    private LaunchFlow flow;
    private long platformId;

    @BeforeAll
    void setUp(RecallServer server) {
        this.server = server;
        this.flow = LaunchFlow.register(server);
        var list = Json.createReader(new StringReader(flow.admin("GET", "/api/admin/platforms", null).body())).readArray();
        platformId = list.stream().map(v -> v.asJsonObject()).filter(p -> p.getString("issuer").equals(flow.issuer()))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    @AfterAll
    void close() {
        flow.close();
    }

    @Test
    void theExportHoldsTheAttemptAndTheErasureLeavesNothing() {
        // The platform's gradebook answers 503 for now: the score waits in the outbox, to be retried.
        var ags = new AgsEndpoints(flow.platform(), kid -> toolKey(kid));
        ags.failNext(AgsEndpoints.Failure.status(503), AgsEndpoints.Failure.status(503), AgsEndpoints.Failure.status(503));
        String lineItem = ags.addLineItem("Quiz", 10, "7", null, null);
        String token = flow.session(t -> t.subject(STUDENT)
                .claim(LtiClaims.CUSTOM, Map.of("deck", "mlops-vs-devops", "modes", "review,quiz", "points", "10"))
                .claim(AgsEndpointClaim.CLAIM, Map.of("scope", List.of(AgsScope.SCORE), "lineitem", lineItem)));
        assertEquals(200, call("POST", "/api/study/review/ratings", token, "{\"cardId\":\"c1\",\"rating\":\"known\"}").statusCode());
        long attempt = json(call("POST", "/api/study/quiz/attempts", token, null)).getJsonNumber("attemptId").longValue();
        assertEquals(200, call("POST", "/api/study/quiz/attempts/" + attempt + "/submit", token,
                "{\"answers\":{\"q1\":\"a\",\"q2\":\"b\"}}").statusCode());

        String user = "platform=" + platformId + "&sub=" + URLEncoder.encode(STUDENT, StandardCharsets.UTF_8);
        JsonObject held = json(flow.admin("GET", "/api/admin/privacy/users?" + user, null));
        assertEquals(1, held.getJsonObject("rows").getInt("quiz_attempt"));
        assertEquals(2, held.getJsonObject("rows").getInt("quiz_answer"));
        assertEquals(1, held.getInt("pendingScores"), "the platform's gradebook answers 503: the score waits");

        var export = flow.admin("GET", "/api/admin/privacy/users/export?" + user, null);
        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        JsonObject data = json(export).getJsonObject("data");
        JsonObject exported = data.getJsonArray("quiz_attempt").getJsonObject(0);
        assertEquals(attempt, exported.getJsonNumber("id").longValue());
        assertEquals(STUDENT, exported.getString("user_sub"));
        assertEquals("KNOWN", data.getJsonArray("review_rating").getJsonObject(0).getString("last_rating"));
        assertTrue(data.getJsonArray("study_session").size() >= 1);

        String erase = "{\"platform\":" + platformId + ",\"sub\":" + Json.createValue(STUDENT) + "}";
        var refused = flow.admin("POST", "/api/admin/privacy/users/erase", erase);
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("1 score is still waiting"), refused.body());
        assertEquals(1, json(flow.admin("GET", "/api/admin/privacy/users?" + user, null)).getJsonObject("rows").getInt("quiz_attempt"));

        var erased = flow.admin("POST", "/api/admin/privacy/users/erase", erase.replace("}", ",\"cancelPendingScores\":true}"));
        assertEquals(200, erased.statusCode(), erased.body());
        JsonObject after = json(flow.admin("GET", "/api/admin/privacy/users?" + user, null));
        assertEquals(0, after.getJsonObject("rows").values().stream().mapToInt(v -> Integer.parseInt(v.toString())).sum(), after.toString());
        assertEquals(0, after.getInt("pendingScores"));
        assertEquals(401, call("GET", "/api/study/session", token, null).statusCode(), "the session went with the rest");

        String audit = flow.admin("GET", "/api/admin/audit?platform=" + platformId, null).body();
        assertTrue(audit.contains("USER_DATA_ERASED") && audit.contains("USER_DATA_EXPORTED"), audit);
        assertTrue(!audit.contains("privacy-student"), "the erasure leaves the user's id in no audit event: " + audit);
    }

    @Test
    void badRequestsNameTheField() {
        assertEquals(400, flow.admin("GET", "/api/admin/privacy/users?platform=x&sub=a", null).statusCode());
        assertEquals(404, flow.admin("GET", "/api/admin/privacy/users?platform=999999&sub=a", null).statusCode());
        var noSub = flow.admin("POST", "/api/admin/privacy/users/erase", "{\"platform\":" + platformId + "}");
        assertEquals(400, noSub.statusCode());
        assertTrue(noSub.body().contains("\"field\":\"sub\""), noSub.body());
        assertEquals(401, call("GET", "/api/admin/privacy/users/export?platform=" + platformId + "&sub=a", "nope", null).statusCode());
    }

    private com.nimbusds.jose.jwk.RSAKey toolKey(String kid) {
        try {
            return (com.nimbusds.jose.jwk.RSAKey) com.nimbusds.jose.jwk.JWKSet.parse(flow.send(HttpRequest.newBuilder(
                    server.uri("/.well-known/jwks.json")).build()).body()).getKeyByKeyId(kid);
        } catch (java.text.ParseException e) {
            return null;
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertTrue(response.statusCode() < 300, response.statusCode() + " " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private HttpResponse<String> call(String method, String path, String token, String body) {
        var request = HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return flow.send(request.build());
    }
}
