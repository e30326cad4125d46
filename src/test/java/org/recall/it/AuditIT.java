package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recall.audit.Actor;
import org.recall.lti.claims.LtiClaims;

/**
 * The audit log over HTTP: an admin's and an instructor's changes appear with who, what and from where;
 * a refused change leaves no event; filters narrow the list; the API offers no way to change an event.
 */
@ExtendWith(RecallServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditIT {

    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    private RecallServer server;
    private LaunchFlow flow;

    @BeforeAll
    void setUp(RecallServer server) {
        this.server = server;
        this.flow = LaunchFlow.register(server);
    }

    @AfterAll
    void close() {
        flow.close();
    }

    @Test
    void anAdminsChangeIsRecordedWithTheTokensFingerprintAndTheAddresses() {
        String issuer = "https://audit-" + UUID.randomUUID() + ".example";
        var created = send("POST", "/api/admin/platforms", RecallServer.ADMIN_TOKEN, """
                {"issuer": "%s", "clientId": "c1", "authorizationEndpoint": "https://lms.example/auth",
                 "tokenEndpoint": "https://lms.example/token", "jwksUri": "https://lms.example/jwks",
                 "deploymentIds": ["d1"]}""".formatted(issuer), Map.of("X-Forwarded-For", "198.51.100.7"));
        assertEquals(201, created.statusCode(), created.body());
        long id = Json.createReader(new StringReader(created.body())).readObject().getJsonNumber("id").longValue();
        assertEquals(400, flow.admin("POST", "/api/admin/platforms/" + id + "/deployments", "{}").statusCode());
        assertEquals(201, flow.admin("POST", "/api/admin/platforms/" + id + "/deployments", "{\"deploymentId\":\"d2\"}").statusCode());

        List<JsonObject> events = events("platform=" + id);
        assertEquals(2, events.size(), events.toString());
        JsonObject deployment = events.get(0);
        assertEquals("DEPLOYMENT_ADDED", deployment.getString("action"));
        assertEquals("deployment d2", deployment.getString("detail"));
        JsonObject added = events.get(1);
        assertEquals("PLATFORM_ADDED", added.getString("action"));
        assertEquals("admin", added.getString("actorKind"));
        assertEquals("admin:" + Actor.fingerprint(RecallServer.ADMIN_TOKEN), added.getString("actor"));
        assertEquals("platform " + id, added.getString("target"));
        assertTrue(added.getString("detail").contains(issuer), added.toString());
        assertEquals("127.0.0.1", added.getString("address"));
        assertEquals("198.51.100.7", added.getString("forwardedFor"));

        String everything = flow.admin("GET", "/api/admin/audit?limit=500", null).body();
        assertFalse(everything.contains(RecallServer.ADMIN_TOKEN), "the admin token itself is never stored");
    }

    @Test
    void anInstructorsSettingsChangeIsRecordedWithTheLmsUserAndWhatChanged() {
        String teacher = flow.session(t -> t.subject("audit-teacher-1").roles(INSTRUCTOR)
                .claim(LtiClaims.CUSTOM, Map.of("deck", "mlops-vs-devops", "modes", "review,quiz", "points", "10")));
        assertEquals(400, send("PUT", "/api/instructor/activity", teacher, "{\"points\":0}", Map.of()).statusCode());
        assertEquals(200, send("PUT", "/api/instructor/activity", teacher, "{\"points\":20}", Map.of()).statusCode());
        assertEquals(200, send("PUT", "/api/instructor/activity", teacher, "{\"points\":20}", Map.of()).statusCode());

        List<JsonObject> events = events("actor=audit-teacher-1");
        assertEquals(1, events.size(), "a refused change and a change to the same values leave no event: " + events);
        JsonObject changed = events.get(0);
        assertEquals("ACTIVITY_SETTINGS_CHANGED", changed.getString("action"));
        assertEquals("instructor", changed.getString("actorKind"));
        assertTrue(changed.getString("detail").contains("points: 10 -> 20"), changed.toString());
        assertTrue(changed.getString("target").startsWith("activity "), changed.toString());
        assertEquals(1, events("actor=audit-teacher-1&action=activity_settings_changed").size());
        assertEquals(0, events("actor=audit-teacher-1&action=KEY_ROTATED").size());
        assertEquals(0, events("actor=audit-teacher-1&since=2999-01-01").size());
    }

    @Test
    void theLogCannotBeChangedAndBadFiltersAreNamed() {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            assertEquals(405, flow.admin(method, "/api/admin/audit", method.equals("DELETE") ? null : "{}").statusCode(), method);
        }
        assertEquals(401, send("GET", "/api/admin/audit", "wrong-token", null, Map.of()).statusCode());
        for (String[] bad : new String[][] {{"action=NOPE", "action"}, {"since=yesterday", "since"},
            {"limit=0", "limit"}, {"platform=x", "platform"}}) {
            var answer = flow.admin("GET", "/api/admin/audit?" + bad[0], null);
            assertEquals(400, answer.statusCode(), bad[0]);
            assertTrue(answer.body().contains("\"field\":\"" + bad[1] + "\""), answer.body());
        }
    }

    private List<JsonObject> events(String query) {
        var answer = flow.admin("GET", "/api/admin/audit?" + query, null);
        assertEquals(200, answer.statusCode(), answer.body());
        return Json.createReader(new StringReader(answer.body())).readObject().getJsonArray("events")
                .getValuesAs(JsonObject.class);
    }

    private HttpResponse<String> send(String method, String path, String bearer, String body, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return flow.send(request.build());
    }
}
