package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recall.lti.claims.AgsEndpointClaim;
import org.recall.lti.claims.ContextClaim;
import org.recall.lti.claims.LtiClaims;
import org.recall.lti.claims.NrpsClaim;
import org.recall.lti.claims.ResourceLinkClaim;
import org.recall.testplatform.AgsEndpoints;
import org.recall.testplatform.IdTokenBuilder;
import org.recall.testplatform.NrpsEndpoints;
import org.recall.testplatform.Profile;
import org.recall.testplatform.RegistrationEndpoints;
import org.recall.testplatform.TestPlatform;

/**
 * Issue 12: the whole path under each platform {@link Profile}, as demanding as the real product: Recall is
 * registered the way that platform's administrator does it, a teacher adds a graded activity through Deep
 * Linking (the platform makes the gradebook column from the signed answer), a student launches and takes the
 * quiz, and the score is in the platform's gradebook under the product's rules; the teacher reads the roster and
 * changes the points, and the column follows. Each platform's own quirks are asserted along the way.
 */
@ExtendWith(RecallServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformProfilesIT {

    static final Map<String, String> RIGHT = Map.of("q1", "a", "q2", "c", "q3", "b", "q4", "a", "q5", "d");

    RecallServer server;
    LaunchFlow admin;
    final Map<String, RSAKey> toolKeys = new ConcurrentHashMap<>();

    @BeforeAll
    void start(RecallServer server) {
        this.server = server;
        this.admin = LaunchFlow.register(server);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Profile.class)
    void aStudentsScoreReachesTheGradebookAndTheTeacherReadsTheRosterAndChangesThePoints(Profile profile) throws Exception {
        try (var lms = TestPlatform.playing(profile, server.base())) {
            var ags = new AgsEndpoints(lms, kid -> toolKeys.computeIfAbsent(kid, this::fetchToolKey));
            var nrps = new NrpsEndpoints(lms, ags).add(new NrpsEndpoints.Member("student-1", "Ada Student", "ada@school.test", "Learner"))
                    .add(new NrpsEndpoints.Member("teacher-1", "Tom Teacher", "tom@school.test", "Instructor"));
            register(lms);
            var flow = LaunchFlow.of(server, lms);
            String link = "link-" + profile.name().toLowerCase();

            // The teacher adds Recall through Deep Linking; the platform makes the link and its gradebook column.
            String picker = session(flow, lms, t -> t.deepLinkingRequest().subject("teacher-1"));
            JsonObject answer = json(call(flow, "POST", "/api/deep-linking/response", picker,
                    "{\"deck\":\"mlops-vs-devops\",\"modes\":[\"review\",\"quiz\"],\"points\":10,\"attempts\":2,\"title\":\"MLOps quiz\"}"));
            SignedJWT response = SignedJWT.parse(answer.getString("jwt"));
            assertTrue(response.verify(new RSASSAVerifier(fetchToolKey(response.getHeader().getKeyID()))));
            assertEquals(lms.clientId(), response.getJWTClaimsSet().getIssuer());
            assertEquals(List.of(lms.issuer()), response.getJWTClaimsSet().getAudience());
            @SuppressWarnings("unchecked")
            var item = (Map<String, Object>) ((List<Object>) response.getJWTClaimsSet()
                    .getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items")).get(0);
            @SuppressWarnings("unchecked")
            var column = (Map<String, Object>) item.get("lineItem");
            @SuppressWarnings("unchecked")
            var custom = (Map<String, Object>) item.get("custom");
            String lineItem = ags.addLineItem((String) column.get("label"), ((Number) column.get("scoreMaximum")).doubleValue(),
                    link, (String) column.get("resourceId"), (String) column.get("tag"));

            // A student launches the new link and takes the quiz; the score lands in the gradebook.
            String student = session(flow, lms, t -> link(t, lms, ags, link, custom, lineItem).subject("student-1"));
            // Canvas (privacy anonymous) and the strict platform send no name: Recall shows the user id.
            var me = json(call(flow, "GET", "/api/study/session", student, null));
            assertEquals(profile == Profile.MOODLE ? "Camille Martin" : "student-1", me.getJsonObject("user").getString("name"));
            takeQuiz(flow, student);
            await(() -> ags.gradebook().held(lineItem, "student-1").map(h -> h.grade() != null).orElse(false));
            assertEquals(10.0, ags.gradebook().held(lineItem, "student-1").orElseThrow().grade());

            // The teacher reads the roster and changes the points; the column follows.
            String teacher = session(flow, lms, t -> link(t, lms, ags, link, custom, lineItem).subject("teacher-1")
                    .roles(teacherRoles(profile)));
            JsonObject roster = json(call(flow, "GET", "/api/instructor/roster", teacher, null));
            assertTrue(roster.getBoolean("available"), roster.toString());
            assertEquals(1, roster.getInt("learnerCount"), roster.toString());
            JsonObject learner = roster.getJsonArray("learners").getJsonObject(0);
            assertEquals("student-1", learner.getString("userId"));
            assertEquals(profile == Profile.CANVAS ? "student-1" : "Ada Student", learner.getString("displayName"));
            JsonObject saved = json(call(flow, "PUT", "/api/instructor/activity", teacher, "{\"points\":20}"));
            assertEquals("updated", saved.getJsonObject("lineItem").getString("status"), saved.toString());
            assertEquals(20.0, ((Number) ags.gradebook().lineItem(lineItem).orElseThrow().get("scoreMaximum")).doubleValue());

            switch (profile) {
                case MOODLE -> moodle(flow, lms, ags, student, lineItem);
                case CANVAS -> canvas(flow, lms, ags, teacher, link, custom, lineItem);
                case STRICT -> assertTrue(ags.lineItemCreations().isEmpty(), "found by resource_link_id, not created again");
            }
            assertFalse(json(call(flow, "GET", "/api/instructor/grades", teacher, null)).toString().contains("tok-"));
        }
    }

    /** Moodle: the token answer comes as text/html; a second attempt's score is later by a second (else 409). */
    void moodle(LaunchFlow flow, TestPlatform lms, AgsEndpoints ags, String student, String lineItem) throws Exception {
        assertFalse(ags.tokenContentTypes().isEmpty());
        assertTrue(ags.tokenContentTypes().stream().allMatch("text/html; charset=UTF-8"::equals), ags.tokenContentTypes().toString());
        var first = ags.gradebook().held(lineItem, "student-1").orElseThrow().timestamp();
        takeQuiz(flow, student);
        await(() -> ags.gradebook().held(lineItem, "student-1").map(h -> h.timestamp().isAfter(first)).orElse(false));
        assertTrue(ags.gradebook().held(lineItem, "student-1").orElseThrow().timestamp().getEpochSecond() > first.getEpochSecond());
    }

    /**
     * Canvas: the login offers platform storage through the post_message_forwarding frame; a score of a user
     * who is not a student is refused with 422, and the teacher sees why; the school's host holds the services.
     */
    void canvas(LaunchFlow flow, TestPlatform lms, AgsEndpoints ags, String teacher, String link, Map<String, Object> custom,
            String lineItem) {
        var login = flow.loginAsProfile(lms.deploymentId());
        assertEquals(200, login.status(), "the platform storage page");
        assertTrue(login.body().contains("data-target=\"post_message_forwarding\""), login.body());
        assertTrue(login.body().contains("data-origin=\"" + lms.uri("").toString().replaceAll("/$", "") + "\""), login.body());
        ags.gradebook().notAStudent("teacher-1");
        takeQuiz(flow, teacher);
        await(() -> json(call(flow, "GET", "/api/instructor/results", teacher, null)).toString().contains("HTTP 422"));
        String results = json(call(flow, "GET", "/api/instructor/results", teacher, null)).toString();
        assertTrue(results.contains("not a student of the course?"), results);
        // A second deployment of the same developer key (a course installation) launches too.
        String other = session(flow, lms, lms.profile().deploymentIds().get(1), t -> link(t, lms, ags, link + "-2", custom, lineItem)
                .subject("student-1").claim(LtiClaims.DEPLOYMENT_ID, lms.profile().deploymentIds().get(1)));
        assertEquals(200, call(flow, "GET", "/api/study/session", other, null).statusCode());
    }

    /** Registers Recall the way the platform's administrator does. */
    void register(TestPlatform lms) {
        if (lms.profile() == Profile.CANVAS) {
            // The Canvas admin makes a developer key from Recall's JSON URL, then installs it (two deployments);
            // Recall's admin registers Canvas and allows the school's host for grades and rosters.
            JsonObject config = json(admin.send(HttpRequest.newBuilder(server.uri("/lti/config/canvas.json")).build()));
            assertEquals(server.base() + "/lti/login", config.getString("oidc_initiation_url"));
            assertEquals(server.base() + "/.well-known/jwks.json", config.getString("public_jwk_url"));
            assertTrue(config.getJsonArray("scopes").toString().contains("contextmembership.readonly"));
            var created = admin.admin("POST", "/api/admin/platforms", """
                    {"issuer": "%s", "clientId": "%s", "authorizationEndpoint": "%s", "tokenEndpoint": "%s",
                     "jwksUri": "%s", "deploymentIds": ["%s", "%s"]}""".formatted(lms.issuer(), lms.clientId(),
                    lms.uri("/api/lti/authorize_redirect"), lms.uri("/token"), lms.uri("/jwks"),
                    lms.profile().deploymentIds().get(0), lms.profile().deploymentIds().get(1)));
            assertEquals(201, created.statusCode(), created.body());
            long id = json(created).getJsonNumber("id").longValue();
            String school = lms.serviceUri("").toString().replaceAll("/$", "");
            for (String wrong : List.of("http://school.example.edu", "https://school.example.edu/courses/1", "javascript:alert(1)")) {
                var refused = admin.admin("PUT", "/api/admin/platforms/" + id + "/service-origins", "{\"origins\": [\"" + wrong + "\"]}");
                assertEquals(400, refused.statusCode(), wrong + ": " + refused.body());
                assertTrue(refused.body().contains("\"field\":\"origins\""), refused.body());
            }
            var origins = admin.admin("PUT", "/api/admin/platforms/" + id + "/service-origins",
                    "{\"origins\": [\"" + school + "\", \"" + lms.uri("").toString().replaceAll("/$", "") + "\"]}");
            assertEquals(200, origins.statusCode(), origins.body());
            assertTrue(origins.body().contains(school), origins.body());
            return;
        }
        var registrations = new RegistrationFlow(server, admin);
        var shown = registrations.start(new RegistrationEndpoints(lms), registrations.link(false));
        assertEquals(200, shown.statusCode(), shown.body());
        var done = registrations.confirm(shown.body());
        assertEquals(200, done.statusCode(), done.body());
    }

    IdTokenBuilder link(IdTokenBuilder t, TestPlatform lms, AgsEndpoints ags, String link, Map<String, Object> custom,
            String lineItem) {
        Map<String, Object> grant = new LinkedHashMap<>();
        grant.put("scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                "https://purl.imsglobal.org/spec/lti-ags/scope/score"));
        grant.put("lineitems", ags.lineItemsUrl());
        if (lms.profile() != Profile.STRICT) {
            grant.put("lineitem", lineItem); // Moodle and Canvas name the graded link's column; strict gives the container only
        }
        return t.claim(ResourceLinkClaim.CLAIM, Map.of("id", link, "title", "MLOps quiz"))
                .claim(NrpsClaim.CLAIM, Map.of("context_memberships_url", lms.serviceUri("/memberships").toString(),
                        "service_versions", List.of("2.0")))
                .claim(ContextClaim.CLAIM, Map.of("id", "course-1", "title", "MLOps 101"))
                .claim(LtiClaims.CUSTOM, custom).claim(AgsEndpointClaim.CLAIM, grant);
    }

    static String[] teacherRoles(Profile profile) {
        return switch (profile) {
            case MOODLE -> new String[] {"http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator"};
            case CANVAS -> new String[] {"http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor",
                "http://purl.imsglobal.org/vocab/lis/v2/system/person#User"};
            case STRICT -> new String[] {"http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"};
        };
    }

    String session(LaunchFlow flow, TestPlatform lms, UnaryOperator<IdTokenBuilder> token) {
        return session(flow, lms, lms.deploymentId(), token);
    }

    String session(LaunchFlow flow, TestPlatform lms, String deployment, UnaryOperator<IdTokenBuilder> token) {
        var launch = flow.launchAsProfile(deployment, token);
        return LaunchFlow.sessionToken(launch).orElseThrow(() -> new AssertionError(
                lms.profile() + " launch refused (" + launch.statusCode() + "): " + launch.body()));
    }

    void takeQuiz(LaunchFlow flow, String session) {
        JsonObject attempt = json(call(flow, "POST", "/api/study/quiz/attempts", session, "{}"));
        var answers = Json.createObjectBuilder();
        RIGHT.forEach(answers::add);
        json(call(flow, "POST", "/api/study/quiz/attempts/" + attempt.getJsonNumber("attemptId").longValue() + "/submit",
                session, Json.createObjectBuilder().add("answers", answers).build().toString()));
    }

    HttpResponse<String> call(LaunchFlow flow, String method, String path, String session, String body) {
        var request = HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + session)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return flow.send(request.build());
    }

    static JsonObject json(HttpResponse<String> response) {
        assertTrue(response.statusCode() >= 200 && response.statusCode() < 300, response.uri() + " " + response.statusCode()
                + ": " + response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    static void await(BooleanSupplier condition) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 30 s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    RSAKey fetchToolKey(String kid) {
        try {
            var jwks = JWKSet.parse(admin.send(HttpRequest.newBuilder(server.uri("/.well-known/jwks.json")).build()).body());
            return (RSAKey) jwks.getKeyByKeyId(kid);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
