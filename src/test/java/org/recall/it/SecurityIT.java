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

    private long platformId() {
        try (var reader = Json.createReader(new StringReader(flow.admin("GET", "/api/admin/platforms", null).body()))) {
            return reader.readArray().stream().map(JsonObject.class::cast)
                    .filter(p -> p.getString("issuer").equals(flow.issuer())).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
        }
    }
}
