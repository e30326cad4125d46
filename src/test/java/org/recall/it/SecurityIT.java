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
import org.openqa.selenium.By;
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

    // ---- Finding 7 and slow bodies (8): request bodies bounded before they are read ----

    /** Sends raw bytes and returns the status line of the answer (the server may answer before reading them all). */
    private String rawStatus(String head, byte[] body, java.time.Duration pause) throws Exception {
        try (var socket = new java.net.Socket("127.0.0.1", server.base().getPort())) {
            socket.setSoTimeout(60_000);
            var out = socket.getOutputStream();
            out.write(head.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.flush();
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.ISO_8859_1));
            var answer = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return in.readLine();
                } catch (java.io.IOException e) {
                    return "closed: " + e.getMessage();
                }
            });
            try {
                for (int i = 0; i < body.length && !answer.isDone(); i += pause.isZero() ? 8192 : 1) {
                    out.write(body, i, Math.min(pause.isZero() ? 8192 : 1, body.length - i));
                    out.flush();
                    if (!pause.isZero()) {
                        Thread.sleep(pause.toMillis());
                    }
                }
            } catch (java.io.IOException closedByServer) {
                // the server answered and closed: read what it said
            }
            return answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    @Test
    void aHugeFormIsRefusedBeforeItIsReadAndAnUnmeasuredOneAtItsLimit() throws Exception {
        String host = "Host: 127.0.0.1:" + server.base().getPort() + "\r\n";
        // 400 MB announced: answered 413 after a few kilobytes, the rest is never read.
        String declared = rawStatus("POST /lti/launch HTTP/1.1\r\n" + host
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 419430400\r\n\r\n",
                ("id_token=" + "a".repeat(64 * 1024)).getBytes(), java.time.Duration.ZERO);
        assertTrue(declared.startsWith("HTTP/1.1 413"), declared);

        // Chunked, no length: stopped at the limit.
        var chunked = new StringBuilder();
        String chunk = "a".repeat(32 * 1024);
        chunked.append(Integer.toHexString(9)).append("\r\nid_token=\r\n");
        for (int i = 0; i < 12; i++) {
            chunked.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        chunked.append("0\r\n\r\n");
        String unmeasured = rawStatus("POST /lti/launch HTTP/1.1\r\n" + host
                + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n",
                chunked.toString().getBytes(), java.time.Duration.ZERO);
        assertTrue(unmeasured.startsWith("HTTP/1.1 413"), unmeasured);
        assertEquals(200, call("GET", "/health", null, null).statusCode(), "Recall serves on");
    }

    @Test
    void aBodyThatTricklesInIsCutOff() throws Exception {
        String status = rawStatus("POST /lti/launch HTTP/1.1\r\nHost: 127.0.0.1:" + server.base().getPort() + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 4000\r\n\r\n",
                ("id_token=" + "a".repeat(3991)).getBytes(), java.time.Duration.ofMillis(300));
        assertTrue(status.startsWith("HTTP/1.1 408") || status.startsWith("closed"), status);
    }

    // ---- Low findings (8) ----

    private HttpResponse<String> login(String clientAddress, Map<String, String> extra, String cookie) {
        var parameters = new java.util.LinkedHashMap<String, String>();
        parameters.put("iss", flow.issuer());
        parameters.put("login_hint", "2");
        parameters.put("target_link_uri", server.base() + "/lti/launch");
        parameters.put("client_id", org.recall.testplatform.TestPlatform.CLIENT_ID);
        parameters.putAll(extra);
        var request = HttpRequest.newBuilder(server.uri("/lti/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString(LaunchFlow.form(parameters)));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return flow.send(request.build());
    }

    @Test
    void loginFloodsAreCappedInSizeAndRate() {
        var tooLong = login("10.66.1.1", Map.of("login_hint", "h".repeat(20_000)), null);
        assertEquals(400, tooLong.statusCode(), tooLong.body());
        assertTrue(tooLong.body().contains("longer than Recall accepts"), tooLong.body());
        assertTrue(tooLong.headers().firstValue("Set-Cookie").isEmpty() && tooLong.headers().firstValue("Location").isEmpty());
        assertFalse(tooLong.body().contains("Exception"));

        HttpResponse<String> last = null;
        for (int i = 0; i < 100 && (last == null || last.statusCode() != 429); i++) {
            last = login("10.66.1.2", Map.of(), null);
            assertTrue(last.statusCode() == 302 || last.statusCode() == 429, last.statusCode() + " " + last.body());
        }
        assertEquals(429, last.statusCode(), "one address is slowed down");
        assertTrue(last.headers().firstValue("Retry-After").orElseThrow().matches("\\d+"));
        assertEquals(302, login("10.66.1.3", Map.of(), null).statusCode(), "another address is served");
    }

    @Test
    void unfinishedLoginsDoNotLockTheBrowserOut() {
        var cookies = new StringBuilder();
        for (int i = 0; i < 15; i++) {
            cookies.append(i == 0 ? "" : "; ").append("lti_state_unfinished").append(i).append('=').append(1_700_000_000L + i);
        }
        var response = login("10.66.2.1", Map.of(), cookies.toString());
        assertEquals(302, response.statusCode(), response.body());
        var set = response.headers().allValues("Set-Cookie");
        long expired = set.stream().filter(c -> c.contains("Max-Age=0")).count();
        assertEquals(15 - 9, expired, set.toString());
        assertTrue(set.stream().anyMatch(c -> c.startsWith("lti_state_unfinished0=;")), "the oldest go first: " + set);
        assertFalse(set.stream().anyMatch(c -> c.startsWith("lti_state_unfinished14=;")), "the newest stay: " + set);
    }

    @Test
    void apiAnswersWithPersonalDataAreNotStored() {
        String instructor = session("cache-teacher", "1", "cache-link", "c1", INSTRUCTOR);
        for (String path : List.of("/api/study/session", "/api/instructor/results", "/api/instructor/activity")) {
            var response = call("GET", path, instructor, null);
            assertEquals(200, response.statusCode(), path + ": " + response.body());
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), path);
        }
    }

    @Test
    void jsonNestedTooDeeplyIsABadRequest() {
        String instructor = session("deep-teacher", "1", "deep-link", "c1", INSTRUCTOR);
        String deep = "{\"title\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        for (var response : List.of(call("PUT", "/api/instructor/activity", instructor, deep),
                call("POST", "/api/admin/platforms", RecallServer.ADMIN_TOKEN, deep),
                call("POST", "/api/admin/decks", RecallServer.ADMIN_TOKEN, deep))) {
            assertEquals(400, response.statusCode(), response.body());
            assertFalse(response.body().contains("Exception"), response.body());
        }
    }

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
    void theServerSaysNothingAboutItselfAndDescribesNoApi() {
        var wadl = call("GET", "/application.wadl", null, null);
        assertEquals(404, wadl.statusCode());
        assertFalse(wadl.body().contains("<application"), wadl.body());
        for (String path : List.of("/", "/app/no-such-file.js", "/no-such-page", "/health")) {
            var response = flow.send(HttpRequest.newBuilder(server.uri(path)).build());
            assertTrue(response.headers().firstValue("Server").isEmpty(), path + " " + response.headers().map());
            assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), path);
            assertFalse(response.body().contains("Payara") || response.body().contains("GlassFish"), path + ": " + response.body());
        }
    }

    @Test
    void adminTokenGuessesAreSlowedDown() {
        HttpResponse<String> last = null;
        for (int i = 0; i < 30 && (last == null || last.statusCode() != 429); i++) {
            last = flow.send(HttpRequest.newBuilder(server.uri("/api/admin/platforms"))
                    .header("Authorization", "Bearer guess-" + i).header("X-Forwarded-For", "10.66.3.1").build());
            assertTrue(last.statusCode() == 401 || last.statusCode() == 429, last.body());
        }
        assertEquals(429, last.statusCode());
        assertTrue(last.headers().firstValue("Retry-After").isPresent());
        var rightTokenSameAddress = flow.send(HttpRequest.newBuilder(server.uri("/api/admin/platforms"))
                .header("Authorization", "Bearer " + RecallServer.ADMIN_TOKEN).header("X-Forwarded-For", "10.66.3.1").build());
        assertEquals(429, rightTokenSameAddress.statusCode(), "no more guesses, right or wrong, until the wait is over");
        var otherAddress = flow.send(HttpRequest.newBuilder(server.uri("/api/admin/platforms"))
                .header("Authorization", "Bearer " + RecallServer.ADMIN_TOKEN).header("X-Forwarded-For", "10.66.3.2").build());
        assertEquals(200, otherAddress.statusCode());
    }

    @Test
    void aPlatformsInstructorsStoreNoMoreDeckVersionsThanTheQuota() {
        try (var other = LaunchFlow.register(server)) {
            String teacher = other.session(t -> t.subject("quota-teacher").roles(INSTRUCTOR)
                    .claim(ResourceLinkClaim.CLAIM, Map.of("id", "quota-link")));
            int status = 0;
            int stored = 0;
            for (int i = 0; i < RecallServer.DECK_QUOTA + 2 && status != 409; i++) {
                status = flow.send(HttpRequest.newBuilder(server.uri("/api/instructor/decks"))
                        .header("Authorization", "Bearer " + teacher).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(jsonDeck("quota-" + System.nanoTime()))).build()).statusCode();
                stored += status == 201 ? 1 : 0;
            }
            assertEquals(409, status);
            assertEquals(RecallServer.DECK_QUOTA, stored, "RECALL_DECK_QUOTA of the test server");
            assertEquals(201, call("POST", "/api/admin/decks", RecallServer.ADMIN_TOKEN,
                    jsonDeck("admin-" + System.nanoTime())).statusCode(), "the administrator has no quota");
        }
    }

    @Test
    void theToolsPrivateKeysAreNotStoredInClear() throws Exception {
        assertEquals(200, call("GET", "/.well-known/jwks.json", null, null).statusCode());
        String log = java.nio.file.Files.readString(java.nio.file.Path.of("target", "recall-server-" + server.base().getPort() + ".log"));
        assertFalse(log.contains("stored in clear"), "no warning: RECALL_KEY_ENCRYPTION_KEY is set");
        if (TestStore.current() == TestStore.POSTGRESQL) {
            try (var c = java.sql.DriverManager.getConnection(System.getenv(TestStore.PG_URL),
                    System.getenv().getOrDefault("RECALL_IT_PG_USER", "recall"),
                    System.getenv().getOrDefault("RECALL_IT_PG_PASSWORD", "recall"));
                    var rows = c.createStatement().executeQuery("SELECT jwk FROM tool_key")) {
                while (rows.next()) {
                    String jwk = rows.getString(1);
                    assertTrue(jwk.startsWith("eyJ") && !jwk.contains("\"d\""), "sealed: " + jwk.substring(0, 20));
                }
            }
        }
    }

    /** Every page under its Content-Security-Policy, in Chromium: no violation is reported while it works. */
    @Test
    void everyPageWorksUnderAContentSecurityPolicyWithoutInlineScript() {
        String student = session("csp-student", "1", "csp-link", "c1", null);
        String instructor = session("csp-teacher", "1", "csp-link", "c1", INSTRUCTOR);
        String settings = session("csp-teacher", "1", "csp-link-new", "c1", INSTRUCTOR);
        String picker = flow.session(t -> t.deepLinkingRequest().subject("csp-picker"));
        var study = flow.send(HttpRequest.newBuilder(server.uri("/app/study.html")).build());
        String policy = study.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), policy);
        assertFalse(policy.contains("frame-ancestors"), "LTI pages are framed by the LMS: " + policy);
        assertEquals("nosniff", study.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("strict-origin-when-cross-origin", study.headers().firstValue("Referrer-Policy").orElse(""));
        var admin = flow.send(HttpRequest.newBuilder(server.uri("/app/admin.html")).build());
        assertTrue(admin.headers().firstValue("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"));

        try (var browser = Browser.start()) {
            browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.__csp = []; document.addEventListener('securitypolicyviolation',"
                    + " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));"));
            var violations = new java.util.ArrayList<String>();
            Runnable collect = () -> violations.addAll(((List<?>) browser.script("return window.__csp || [];"))
                    .stream().map(v -> browser.driver().getCurrentUrl() + ": " + v).toList());

            browser.open(server.base() + "/app/study.html#session=" + student);
            browser.waitFor(By.cssSelector("[data-mode='review']")).click();
            browser.waitForText(By.cssSelector(".progress-label"), "of 5 cards known");
            assertEquals(1, browser.driver().findElements(By.cssSelector(".progress-fill")).size());
            collect.run();
            browser.open(server.base() + "/app/teach.html#session=" + instructor);
            browser.waitFor(By.cssSelector("body[data-ready='true']"));
            collect.run();
            browser.open(server.base() + "/app/settings.html#session=" + settings);
            browser.waitFor(By.cssSelector("form#settings:not([hidden])"));
            collect.run();
            browser.open(server.base() + "/app/deep-linking.html#session=" + picker);
            browser.waitFor(By.cssSelector("#picker:not([hidden])"));
            collect.run();
            browser.open(server.base() + "/admin");
            browser.waitFor(By.id("token"));
            collect.run();
            // The demo platform's auto-posted form (a script file now), through to the study page. As the demo
            // instructor: DemoIT's roster expects the demo student not to have opened the activity yet.
            browser.open(server.base() + "/demo");
            browser.waitFor(By.id("launch-instructor")).click();
            browser.waitForText(By.id("mode-title"), "Choose how to study");
            collect.run();
            assertEquals(List.of(), violations);
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
