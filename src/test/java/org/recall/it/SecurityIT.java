package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recall.lti.claims.ContextClaim;
import org.recall.lti.claims.LtiClaims;
import org.recall.lti.claims.ResourceLinkClaim;

/**
 * The attacks of the security review (issue 17) that are not about registration or the launch form, each
 * performed against a running Recall and refused: activities shared across deployments and courses, the
 * attempt race, answer keys across tenants, unbounded input, and the low findings.
 */
@ExtendWith(RecallServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityIT {

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

    HttpResponse<String> call(String method, String path, String token, String body) {
        var request = HttpRequest.newBuilder(server.uri(path)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return flow.send(request.build());
    }

    static JsonObject object(HttpResponse<String> response) {
        assertTrue(response.statusCode() < 300, response.statusCode() + ": " + response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    // ---- Finding 6: activities keyed by (platform, deployment, resource link id), course checked ----

    private String session(String subject, String deployment, String link, String context, String role) {
        return flow.session(t -> {
            var token = t.subject(subject).claim(LtiClaims.DEPLOYMENT_ID, deployment)
                    .claim(ResourceLinkClaim.CLAIM, Map.of("id", link, "title", "Shared link"))
                    .claim(ContextClaim.CLAIM, Map.of("id", context, "title", "Course " + context));
            return role == null ? token : token.roles(role);
        });
    }

    @Test
    void anotherDeploymentReusingAResourceLinkIdSeesNothingOfTheFirst() {
        var added = flow.admin("POST", "/api/admin/platforms/" + platformId() + "/deployments", "{\"deploymentId\": \"dep-b\"}");
        assertEquals(201, added.statusCode(), added.body());
        String link = "rl-reused-" + System.nanoTime();
        String student = session("student-a", "1", link, "course-a", null);
        assertEquals(200, call("GET", "/api/study/session", student, null).statusCode());

        String otherInstructor = session("teacher-b", "dep-b", link, "course-b", INSTRUCTOR);
        var results = object(call("GET", "/api/instructor/results", otherInstructor, null));
        assertEquals(0, results.getJsonArray("students").size(), "another deployment's students: " + results);
        long first = object(call("GET", "/api/study/session", student, null)).getJsonObject("activity").getJsonNumber("id").longValue();
        long second = object(call("GET", "/api/instructor/activity", otherInstructor, null)).getJsonNumber("id").longValue();
        assertNotEquals(first, second);

        // The same deployment and link id from another course: refused, with a page that says why.
        var otherCourse = flow.launch(t -> t.subject("teacher-c").roles(INSTRUCTOR)
                .claim(ResourceLinkClaim.CLAIM, Map.of("id", link)).claim(ContextClaim.CLAIM, Map.of("id", "course-c")));
        assertEquals(409, otherCourse.statusCode(), otherCourse.body());
        assertTrue(otherCourse.body().contains("belongs to another course"), otherCourse.body());
        assertTrue(LaunchFlow.sessionToken(otherCourse).isEmpty());
    }

    // ---- Finding 3: the attempt limit holds under racing starts and submits ----

    @Test
    void racingStartsAndSubmitsGiveNoAttemptPastTheLimit() throws Exception {
        String link = "race-" + System.nanoTime();
        var students = new java.util.ArrayList<String>();
        for (int i = 0; i < 16; i++) {
            String subject = "racer-" + i;
            students.add(flow.session(t -> t.subject(subject).claim(ResourceLinkClaim.CLAIM, Map.of("id", link))
                    .claim(LtiClaims.CUSTOM, Map.of("deck", "mlops-vs-devops", "modes", "quiz", "points", "none",
                            "attempts", "1"))));
        }
        var tasks = new java.util.ArrayList<java.util.concurrent.Callable<Integer>>();
        for (String token : students) {
            long first = object(call("POST", "/api/study/quiz/attempts", token, "{}")).getJsonNumber("attemptId").longValue();
            tasks.add(() -> call("POST", "/api/study/quiz/attempts/" + first + "/submit", token,
                    "{\"answers\": {\"q1\": \"a\", \"q2\": \"c\"}}").statusCode());
            for (int i = 0; i < 12; i++) {
                tasks.add(() -> call("POST", "/api/study/quiz/attempts", token, "{}").statusCode());
            }
        }
        java.util.Collections.shuffle(tasks);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(32);
        var statuses = new java.util.ArrayList<Integer>();
        try {
            for (var done : pool.invokeAll(tasks)) {
                statuses.add(done.get());
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(statuses.stream().allMatch(status -> status == 200 || status == 201 || status == 409), statuses.toString());
        for (String token : students) {
            var activity = object(call("GET", "/api/study/session", token, null)).getJsonObject("activity");
            assertEquals(1, activity.getInt("attemptsUsed"), activity.toString());
            var again = call("POST", "/api/study/quiz/attempts", token, "{}");
            // The only attempt is either submitted (no attempt left) or still open (the same one again).
            if (again.statusCode() != 409) {
                assertEquals(1, object(again).getInt("number"), again.body());
            }
        }
    }

    // ---- Finding 4: answer keys follow deck ownership ----

    private static String jsonDeck(String id) {
        return """
                {"id": "%s", "title": "Secret exam", "estimatedMinutes": 3,
                 "cards": [{"id": "c1", "prompt": "Card", "answer": "Answer", "level": "beginner"}],
                 "questions": [{"id": "q1", "prompt": "Pick the secret", "options": [{"id": "a", "text": "A"},
                   {"id": "b", "text": "B"}], "correctOptionId": "b", "explanation": "The secret explanation."}]}""".formatted(id);
    }

    @Test
    void anotherPlatformsInstructorGetsNoAnswerKeyOfAnUploadedDeck() {
        String id = "secret-" + System.nanoTime();
        String owner = session("owner-teacher", "1", "own-" + id, "c1", INSTRUCTOR);
        var uploaded = flow.send(HttpRequest.newBuilder(server.uri("/api/instructor/decks"))
                .header("Authorization", "Bearer " + owner).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonDeck(id))).build());
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        assertEquals(200, call("GET", "/api/decks/" + id + "/scorm?version=1.2", owner, null).statusCode());
        assertEquals(200, call("GET", "/api/decks/" + id + "/scorm?version=2004", RecallServer.ADMIN_TOKEN, null).statusCode());

        try (var other = LaunchFlow.register(server)) {
            String stranger = other.session(t -> t.subject("stranger").roles(INSTRUCTOR)
                    .claim(ResourceLinkClaim.CLAIM, Map.of("id", "stranger-link")));
            // The attack: the SCORM package carries correctOptionId and the explanations.
            var scorm = call("GET", "/api/decks/" + id + "/scorm?version=1.2", stranger, null);
            assertEquals(404, scorm.statusCode(), scorm.body());
            assertFalse(scorm.body().contains("secret explanation"));
            assertEquals(200, call("GET", "/api/decks/mlops-vs-devops/scorm?version=1.2", stranger, null).statusCode(),
                    "built-in decks are anyone's");
            // Nor can the deck be read, listed or put into an activity of the other platform.
            assertEquals(404, call("GET", "/api/decks/" + id, stranger, null).statusCode());
            assertEquals(404, call("GET", "/api/decks/" + id + "?version=1", null, null).statusCode());
            assertFalse(call("GET", "/api/decks", stranger, null).body().contains(id));
            assertTrue(call("GET", "/api/decks", owner, null).body().contains(id));
            var settings = call("PUT", "/api/instructor/activity", stranger, "{\"deck\": \"" + id + "\"}");
            assertEquals(400, settings.statusCode(), settings.body());
            String picker = other.session(t -> t.deepLinkingRequest().subject("stranger-picker"));
            var picked = call("POST", "/api/deep-linking/response", picker, "{\"deck\": \"" + id + "\", \"modes\": [\"quiz\"]}");
            assertEquals(400, picked.statusCode(), picked.body());
            assertTrue(picked.body().contains("\"field\":\"deck\""), picked.body());
            String viaCustom = other.session(t -> t.subject("stranger-student")
                    .claim(ResourceLinkClaim.CLAIM, Map.of("id", "custom-link"))
                    .claim(LtiClaims.CUSTOM, Map.of("deck", id, "modes", "quiz")));
            var activity = object(call("GET", "/api/study/session", viaCustom, null)).getJsonObject("activity");
            assertNotEquals(id, activity.getString("deck"), "a custom parameter cannot name another platform's deck");
        }
    }

    // ---- Low findings (8) ----

    @Test
    void aContentSelectionSessionGetsClearRefusalsFromTheStudyApi() {
        String picker = flow.session(t -> t.deepLinkingRequest().subject("picker"));
        for (String[] request : new String[][] {{"GET", "/api/study/session"}, {"GET", "/api/study/deck"},
                {"POST", "/api/study/quiz/attempts"}}) {
            String path = request[1];
            var response = call(request[0], path, picker, request[0].equals("POST") ? "{}" : null);
            assertEquals(409, response.statusCode(), path + ": " + response.body());
            assertTrue(response.body().contains("content selection"), response.body());
        }
    }

    @Test
    void aPlatformsInstructorsStoreNoMoreDeckVersionsThanTheQuota() {
        try (var other = LaunchFlow.register(server)) {
            String teacher = other.session(t -> t.subject("quota-teacher").roles(INSTRUCTOR)
                    .claim(ResourceLinkClaim.CLAIM, Map.of("id", "quota-link")));
            int status = 0;
            int stored = 0;
            for (int i = 0; i < 7 && status != 409; i++) {
                status = flow.send(HttpRequest.newBuilder(server.uri("/api/instructor/decks"))
                        .header("Authorization", "Bearer " + teacher).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(jsonDeck("quota-" + System.nanoTime()))).build()).statusCode();
                stored += status == 201 ? 1 : 0;
            }
            assertEquals(409, status);
            assertEquals(5, stored, "RECALL_DECK_QUOTA of the test server");
            assertEquals(201, call("POST", "/api/admin/decks", RecallServer.ADMIN_TOKEN,
                    jsonDeck("admin-" + System.nanoTime())).statusCode(), "the administrator has no quota");
        }
    }

    private long platformId() {
        try (var reader = Json.createReader(new StringReader(flow.admin("GET", "/api/admin/platforms", null).body()))) {
            return reader.readArray().stream().map(JsonObject.class::cast)
                    .filter(p -> p.getString("issuer").equals(flow.issuer())).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
        }
    }
}
