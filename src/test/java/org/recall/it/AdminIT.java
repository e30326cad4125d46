package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recall.lti.claims.LtiClaims;

/** The admin API: platform registry and tool key rotation, opened only by the admin token. */
@ExtendWith(RecallServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminIT {

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

    private String platformJson(String issuer) {
        return """
                {"issuer": "%s", "clientId": "c1", "authorizationEndpoint": "https://lms.example/auth",
                 "tokenEndpoint": "https://lms.example/token", "jwksUri": "https://lms.example/jwks",
                 "deploymentIds": ["d1", "d2"]}""".formatted(issuer);
    }

    private java.net.http.HttpResponse<String> withToken(String token, String method, String path, String body) {
        var request = HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return flow.send(request.build());
    }

    @Test
    void registersListsAndRemovesAPlatform() {
        String issuer = "https://lms-" + UUID.randomUUID() + ".example";
        var created = flow.admin("POST", "/api/admin/platforms", platformJson(issuer));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"deploymentIds\":[\"d1\",\"d2\"]"), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();

        assertEquals(409, flow.admin("POST", "/api/admin/platforms", platformJson(issuer)).statusCode());
        assertTrue(flow.admin("GET", "/api/admin/platforms", null).body().contains(issuer));

        String id = location.substring(location.lastIndexOf('/') + 1);
        assertEquals(204, flow.admin("DELETE", "/api/admin/platforms/" + id, null).statusCode());
        assertFalse(flow.admin("GET", "/api/admin/platforms", null).body().contains(issuer));
        assertEquals(404, flow.admin("DELETE", "/api/admin/platforms/" + id, null).statusCode());
    }

    @Test
    void badBodiesAnswer400NamingTheField() {
        var missing = flow.admin("POST", "/api/admin/platforms", "{\"issuer\": \"https://x.example\"}");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("\"field\":\"clientId\""), missing.body());

        var badUrl = flow.admin("POST", "/api/admin/platforms", platformJson("https://y.example").replace("https://lms.example/jwks", "javascript:alert(1)"));
        assertEquals(400, badUrl.statusCode());
        assertTrue(badUrl.body().contains("\"field\":\"jwksUri\""), badUrl.body());

        var noDeployments = flow.admin("POST", "/api/admin/platforms", platformJson("https://z.example").replace("[\"d1\", \"d2\"]", "[]"));
        assertEquals(400, noDeployments.statusCode());
        assertTrue(noDeployments.body().contains("deploymentIds"), noDeployments.body());

        var notJson = flow.admin("POST", "/api/admin/platforms", "{not json");
        assertEquals(400, notJson.statusCode());
        assertFalse(notJson.body().contains("Exception"), notJson.body());
    }

    @Test
    void theAdminPageCannotBeFramed() {
        var page = flow.send(HttpRequest.newBuilder(server.uri("/app/admin.html")).build());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
    }

    @Test
    void withoutTheTokenNothingChanges() {
        String issuer = "https://nope-" + UUID.randomUUID() + ".example";
        assertEquals(401, withToken(null, "POST", "/api/admin/platforms", platformJson(issuer)).statusCode());
        assertEquals(401, withToken("wrong", "POST", "/api/admin/platforms", platformJson(issuer)).statusCode());
        assertEquals(401, withToken("wrong", "GET", "/api/admin/platforms", null).statusCode());
        assertEquals(401, withToken(null, "POST", "/api/admin/keys/rotate", null).statusCode());
        assertFalse(flow.admin("GET", "/api/admin/platforms", null).body().contains(issuer));
    }

    @Test
    void keyRotationPublishesBothKeysAndLaunchesGoOn() throws Exception {
        String before = JWKSet.parse(flow.send(HttpRequest.newBuilder(server.uri("/.well-known/jwks.json")).build()).body())
                .getKeys().get(0).getKeyID();
        var rotated = flow.admin("POST", "/api/admin/keys/rotate?graceMinutes=60", null);
        assertEquals(200, rotated.statusCode(), rotated.body());
        var jwks = JWKSet.parse(flow.send(HttpRequest.newBuilder(server.uri("/.well-known/jwks.json")).build()).body());
        assertTrue(jwks.getKeyByKeyId(before) != null, "the previous key stays published during the grace period");
        assertEquals(2, jwks.getKeys().stream().filter(k -> k.getKeyID().equals(before) || rotated.body().contains(k.getKeyID())).count());
        assertFalse(jwks.getKeys().stream().anyMatch(k -> k.isPrivate()), "no private part is ever published");
        var keys = flow.admin("GET", "/api/admin/keys", null).body();
        assertTrue(keys.contains("\"signing\":true"), keys);
        assertEquals(400, flow.admin("POST", "/api/admin/keys/rotate?graceMinutes=-5", null).statusCode());

        assertEquals(303, flow.launch(t -> t.subject("after-rotation")).statusCode());
    }

    /** The id the server gave this class's test platform, found in the list by its issuer. */
    private long platformId() {
        var list = Json.createReader(new StringReader(flow.admin("GET", "/api/admin/platforms", null).body())).readArray();
        return list.getValuesAs(JsonObject.class).stream().filter(p -> p.getString("issuer").equals(flow.issuer()))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    @Test
    void addsADeploymentThatThenLaunchesAndRemovesIt() {
        String deployments = "/api/admin/platforms/" + platformId() + "/deployments";
        String deployment = "added-" + UUID.randomUUID();
        assertEquals(401, withToken("wrong", "POST", deployments, "{\"deploymentId\": \"" + deployment + "\"}").statusCode());
        assertFalse(flow.launch(t -> t.subject("before-deployment").claim(LtiClaims.DEPLOYMENT_ID, deployment))
                .statusCode() == 303, "an unknown deployment does not launch");

        var added = flow.admin("POST", deployments, "{\"deploymentId\": \"" + deployment + "\"}");
        assertEquals(201, added.statusCode(), added.body());
        var platform = Json.createReader(new StringReader(added.body())).readObject();
        assertEquals(flow.issuer(), platform.getString("issuer"));
        assertTrue(platform.getJsonArray("deploymentIds").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(d -> d.getString().equals(deployment)), added.body());
        assertTrue(added.headers().firstValue("Location").orElse("").endsWith(deployments + "/" + deployment));
        assertEquals(409, flow.admin("POST", deployments, "{\"deploymentId\": \"" + deployment + "\"}").statusCode());

        assertEquals(303, flow.launch(t -> t.subject("new-deployment").claim(LtiClaims.DEPLOYMENT_ID, deployment)).statusCode());

        assertEquals(204, flow.admin("DELETE", deployments + "/" + deployment, null).statusCode());
        assertEquals(404, flow.admin("DELETE", deployments + "/" + deployment, null).statusCode());
        assertFalse(flow.launch(t -> t.subject("removed-deployment").claim(LtiClaims.DEPLOYMENT_ID, deployment))
                .statusCode() == 303, "a removed deployment no longer launches");
        assertEquals(303, flow.launch(t -> t.subject("other-deployment")).statusCode(), "the other deployment stays");
    }

    @Test
    void badDeploymentRequestsAreRefused() {
        String deployments = "/api/admin/platforms/" + platformId() + "/deployments";
        for (String body : new String[] {"{}", "{\"deploymentId\": \"  \"}", "{\"deploymentId\": 7}",
                "{\"deploymentId\": \"" + "x".repeat(256) + "\"}"}) {
            var refused = flow.admin("POST", deployments, body);
            assertEquals(400, refused.statusCode(), body);
            assertTrue(refused.body().contains("\"field\":\"deploymentId\""), refused.body());
        }
        assertEquals(201, flow.admin("POST", deployments, "{\"deploymentId\": \"" + "y".repeat(255) + "\"}").statusCode());
        assertEquals(400, flow.admin("POST", deployments, "{not json").statusCode());

        assertEquals(404, flow.admin("POST", "/api/admin/platforms/999999999/deployments", "{\"deploymentId\": \"d\"}").statusCode());
        assertEquals(404, flow.admin("DELETE", "/api/admin/platforms/999999999/deployments/d", null).statusCode());
        assertEquals(400, flow.admin("POST", "/api/admin/platforms/abc/deployments", "{\"deploymentId\": \"d\"}").statusCode());
        assertEquals(404, flow.admin("DELETE", deployments + "/never-added", null).statusCode());
        assertEquals(401, withToken(null, "DELETE", deployments + "/" + "y".repeat(255), null).statusCode());
    }
}
