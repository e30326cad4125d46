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
import java.util.function.UnaryOperator;
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
import org.openqa.selenium.By;
import org.recall.lti.claims.LtiClaims;
import org.recall.lti.claims.ResourceLinkClaim;
import org.recall.testplatform.AgsEndpoints;
import org.recall.testplatform.IdTokenBuilder;

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
        lineItem = ags.addLineItem("Week 1 verbs", 10, "7", null, null); // Moodle's: ...?type_id=1
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
    @Order(8)
    void aScoreWrittenWhileRecallIsDownArrivesAfterTheRestart() throws Exception {
        server.kill();
        enqueue("student-4", 9);
        server = RecallServer.start(env);
        await(() -> posts("student-4").size() == 1, Duration.ofSeconds(60));
    }

    @Test
    @Order(9)
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

    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    /**
     * Issue 12: no secret leaves the server. A Moodle-like token endpoint hands out a recognizable fake access
     * token as text/html (accepted: the score is sent with it); the score endpoint then refuses a score with an
     * answer that echoes the token; the token endpoint refuses with an answer holding another one. Neither
     * token is in any column of any table, in any line the server logged, or in any teacher, student or admin
     * API answer.
     */
    @Test
    @Order(4)
    void aFakeAccessTokenIsStoredLoggedAndShownNowhere() throws Exception {
        String fake = "FAKE-ACCESS-TOKEN-" + java.util.UUID.randomUUID();
        String refused = "FAKE-REFUSED-TOKEN-" + java.util.UUID.randomUUID();
        ags.tokenContentType("text/html; charset=UTF-8");
        ags.issueNext(fake);
        ags.revokeTokens();
        enqueue("student-6", 5);
        await(() -> posts("student-6").size() == 1, Duration.ofSeconds(30));
        assertEquals("Bearer " + fake, posts("student-6").get(0).authorization(), "the score went with the fake token");

        ags.failNext(new AgsEndpoints.Failure(422, null, Duration.ZERO,
                "{\"errors\":{\"type\":\"unprocessable_entity\"},\"token\":\"" + fake + "\"}"));
        enqueue("student-7", 6);
        await(() -> status("student-7").equals("FAILED"), Duration.ofSeconds(30));

        ags.tokenAnswer(exchange -> {
            byte[] body = ("{\"error\":\"invalid_client\",\"access_token\":\"" + refused + "\"}").getBytes();
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(400, body.length);
            exchange.getResponseBody().write(body);
        });
        ags.revokeTokens();
        enqueue("student-8", 7);
        await(() -> status("student-8").equals("FAILED"), Duration.ofSeconds(30));

        String instructor = flow.session(t -> t.subject("teacher-6").roles(INSTRUCTOR)
                .claim(AgsEndpointClaim.CLAIM, Map.of("scope", List.copyOf(SCOPES), "lineitem", lineItem)));
        String student = flow.session(t -> t.subject("student-7").claim(AgsEndpointClaim.CLAIM, Map.of(
                "scope", List.copyOf(SCOPES), "lineitems", ags.lineItemsUrl(), "lineitem", lineItem)));
        var answers = new java.util.ArrayList<HttpResponse<String>>();
        for (String path : List.of("/api/instructor/grades", "/api/instructor/results", "/api/instructor/results.csv",
                "/api/instructor/roster", "/api/instructor/activity", "/api/instructor/analysis")) {
            answers.add(get(path, instructor));
        }
        answers.add(flow.send(HttpRequest.newBuilder(server.uri("/api/instructor/grades/check"))
                .header("Authorization", "Bearer " + instructor).POST(HttpRequest.BodyPublishers.noBody()).build()));
        for (String path : List.of("/api/study/grade", "/api/study/quiz", "/api/study/session")) {
            answers.add(get(path, student));
        }
        for (String path : List.of("/api/admin/platforms", "/api/admin/keys", "/api/admin/decks")) {
            answers.add(flow.admin("GET", path, null));
        }
        answers.add(flow.send(HttpRequest.newBuilder(server.uri("/health")).build()));
        ags.tokenAnswer(null);
        assertTrue(answers.get(0).body().contains("HTTP 422"), "the teacher sees the reason: " + answers.get(0).body());
        assertTrue(answers.get(6).body().contains("HTTP 400, invalid_client"), "check names the refusal: " + answers.get(6).body());
        for (var answer : answers) {
            assertFalse(answer.body().contains(fake) || answer.body().contains(refused), answer.uri() + ": " + answer.body());
        }
        try (Connection c = db()) {
            var columns = c.createStatement().executeQuery("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND DATA_TYPE IN ('CHARACTER VARYING', 'CHARACTER LARGE OBJECT', 'CHARACTER')");
            int searched = 0;
            while (columns.next()) {
                String table = columns.getString(1);
                String column = columns.getString(2);
                var found = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"" + table + "\" WHERE \"" + column
                        + "\" LIKE '%FAKE-%TOKEN%'");
                found.next();
                assertEquals(0, found.getInt(1), table + "." + column + " holds a token");
                searched++;
            }
            assertTrue(searched > 30, "searched " + searched + " text columns");
        }
        try (var logs = Files.list(Path.of("target")).filter(f -> f.getFileName().toString().startsWith("recall-server-"))) {
            for (Path log : logs.toList()) {
                String text = Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
                assertFalse(text.contains(fake) || text.contains(refused), log + " holds a token");
            }
        }
        assertTrue(Files.readString(server.logFile(), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("answered HTTP 400, invalid_client to the token request"), "the cause itself is logged");
    }

    /**
     * Issue 12, done when: the student's result page follows the score without a reload ("will be sent", then
     * "was sent" or "has not accepted it yet"); a configuration failure reaches the teacher's grade column and
     * the admin page within one delivery attempt, with its reason.
     */
    @Test
    @Order(5)
    void theResultPageFollowsTheScoreAndARefusalReachesTeacherAndAdminAtOnce() throws Exception {
        Map<String, Object> graded = Map.of("deck", "mlops-vs-devops", "modes", "review,quiz", "points", "10");
        UnaryOperator<IdTokenBuilder> link = t -> t.claim(AgsEndpointClaim.CLAIM, Map.of("scope", List.copyOf(SCOPES),
                "lineitems", ags.lineItemsUrl(), "lineitem", lineItem)).claim(LtiClaims.CUSTOM, graded);
        String sent = flow.session(t -> link.apply(t.subject("student-page-1").claim("name", "Page Student One")));
        String refused = flow.session(t -> link.apply(t.subject("student-page-2").claim("name", "Page Student Two")));
        try (var browser = Browser.start()) {
            // The first post meets a busy platform (503): the page says "will be sent" until the retry is accepted.
            ags.failNext(AgsEndpoints.Failure.status(503));
            takeQuizInTheBrowser(browser, sent);
            browser.waitFor(By.cssSelector("[data-gradebook='pending']"));
            browser.waitForText(By.cssSelector("[data-gradebook]"), "will be sent");
            browser.script("window.stillTheSamePage = true;");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(40))
                    .until(d -> !d.findElements(By.cssSelector("[data-gradebook='sent']")).isEmpty());
            assertEquals("Your score was sent to your course.", browser.driver().findElement(By.cssSelector("[data-gradebook]")).getText());
            assertEquals(Boolean.TRUE, browser.script("return window.stillTheSamePage === true;"), "no reload");
            // The quiz overview says it too (it never did, though the API answered it).
            browser.driver().findElement(By.cssSelector("[data-action='back']")).click();
            browser.waitForText(By.cssSelector("[data-gradebook='sent']"), "was sent");

            ags.failNext(new AgsEndpoints.Failure(422, null, Duration.ZERO, "{\"errors\":[\"not a student\"]}"));
            takeQuizInTheBrowser(browser, refused);
            browser.script("window.stillTheSamePage = true;");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(40))
                    .until(d -> !d.findElements(By.cssSelector("[data-gradebook='failed']")).isEmpty());
            assertEquals("Your score is saved, but your course has not accepted it yet; your teacher can see why.",
                    browser.driver().findElement(By.cssSelector("[data-gradebook]")).getText());
            assertEquals(Boolean.TRUE, browser.script("return window.stillTheSamePage === true;"), "no reload");
            browser.assertAccessible("quiz result, not accepted");
            browser.screenshots("quiz-result-not-accepted");
        }
        assertEquals(1, attempts("student-page-2"), "failed after one delivery attempt");
        String instructor = flow.session(t -> link.apply(t.subject("teacher-page").roles(INSTRUCTOR)));
        String results = get("/api/instructor/results", instructor).body();
        assertTrue(results.matches("(?s).*\"userSub\":\"student-page-2\"[^}]*\"gradeSync\":\"failed\",\"gradeSyncReason\":\"[^\"]*HTTP 422.*"), results);
        String platforms = flow.admin("GET", "/api/admin/platforms", null).body();
        assertTrue(platforms.contains("answered HTTP 422 to the score"), platforms);
        var health = flow.send(HttpRequest.newBuilder(server.uri("/health")).build());
        assertEquals(200, health.statusCode(), "a failing gradebook does not make Recall DOWN");
        assertTrue(health.body().contains("\"status\":\"UP\"") && health.body().contains("\"gradeDelivery\":{\"status\":\"FAILING\""),
                health.body());
        assertFalse(health.body().contains("HTTP 422"), "the reasons are for the admin page: " + health.body());
        try (var browser = Browser.start()) {
            browser.open(server.base() + "/app/teach.html#session=" + instructor);
            browser.waitFor(By.cssSelector("body[data-ready='true']"));
            String row = browser.waitForText(By.xpath("//tr[contains(., 'Page Student Two')]"), "Failed").getText();
            assertTrue(row.contains("answered HTTP 422 to the score"), row);
            browser.assertAccessible("teaching page with a refused score");

            browser.open(server.base() + "/admin");
            browser.waitFor(By.id("token")).sendKeys(RecallServer.ADMIN_TOKEN);
            browser.driver().findElement(By.cssSelector("#login button[type='submit']")).click();
            browser.waitForText(By.id("status"), "Signed in.");
            assertEquals("0px", browser.script("return getComputedStyle(document.getElementById('problem')).borderLeftWidth;"),
                    "no empty alert bar");
            String platform = browser.waitForText(By.xpath("//article[h3[text()='" + flow.issuer() + "']]"),
                    "answered HTTP 422 to the score").getText();
            assertTrue(platform.contains("needs an administrator"), platform);
            assertTrue(platform.matches("(?s).*Scores\\s+\\d+ waiting, [1-9]\\d* failed.*"), platform);
            browser.assertAccessible("admin page with a platform problem");
            browser.screenshots("admin-platform-problem");
        }
    }

    /**
     * Issue 17, finding 2 (SSRF): a signed launch names an internal service as its line item container. Recall
     * never calls it; the score fails at once as a configuration failure that the teacher and the admin see,
     * naming the origin, never what the service would have answered.
     */
    @Test
    @Order(6)
    void anInternalServiceNamedAsLineItemContainerIsNeverFetched() throws Exception {
        var hits = new java.util.concurrent.atomic.AtomicInteger();
        try (var internal = new org.recall.testplatform.TestPlatform()) {
            internal.handle("/internal/config.txt", exchange -> {
                hits.incrementAndGet();
                byte[] body = "db_password=hunter2\n".getBytes();
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            });
            String container = internal.uri("/internal/config.txt") + "?";
            String student = flow.session(t -> t.subject("ssrf-student")
                    .claim(ResourceLinkClaim.CLAIM, Map.of("id", "ssrf-link", "title", "Quiz"))
                    .claim(LtiClaims.CUSTOM, Map.of("deck", "mlops-vs-devops", "modes", "quiz", "points", "10"))
                    .claim(AgsEndpointClaim.CLAIM, Map.of("scope", List.copyOf(SCOPES), "lineitems", container)));
            submitQuiz(student);
            await(() -> status("ssrf-student").equals("FAILED"), Duration.ofSeconds(30));
            assertEquals(0, hits.get(), "Recall called the internal service");
            String instructor = flow.session(t -> t.subject("ssrf-teacher").roles(INSTRUCTOR)
                    .claim(ResourceLinkClaim.CLAIM, Map.of("id", "ssrf-link", "title", "Quiz"))
                    .claim(AgsEndpointClaim.CLAIM, Map.of("scope", List.copyOf(SCOPES), "lineitems", container)));
            String origin = "http://127.0.0.1:" + internal.uri("/").getPort();
            for (String view : List.of(get("/api/instructor/grades", instructor).body(),
                    get("/api/instructor/results", instructor).body(), flow.admin("GET", "/api/admin/platforms", null).body())) {
                assertTrue(view.contains("is not on an origin allowed for this platform (" + origin + ")"), view);
                assertFalse(view.contains("hunter2"), view);
            }
            assertEquals(0, hits.get());
        }
    }

    void submitQuiz(String session) {
        var attempt = flow.send(HttpRequest.newBuilder(server.uri("/api/study/quiz/attempts"))
                .header("Authorization", "Bearer " + session).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(200, attempt.statusCode(), attempt.body());
        String id = attempt.body().replaceAll("(?s).*\"attemptId\":(\\d+).*", "$1");
        var submitted = flow.send(HttpRequest.newBuilder(server.uri("/api/study/quiz/attempts/" + id + "/submit"))
                .header("Authorization", "Bearer " + session).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"answers\":{\"q1\":\"a\",\"q2\":\"c\",\"q3\":\"b\",\"q4\":\"a\",\"q5\":\"d\"}}")).build());
        assertEquals(200, submitted.statusCode(), submitted.body());
    }

    void takeQuizInTheBrowser(Browser browser, String session) {
        browser.open("about:blank"); // a new page: the study page reads its session once, when it loads
        browser.open(server.base() + "/app/study.html#session=" + session);
        browser.waitFor(By.cssSelector("[data-mode='quiz']")).click();
        browser.waitFor(By.cssSelector("[data-action='start']")).click();
        browser.waitFor(By.cssSelector("fieldset.question"));
        for (var question : browser.driver().findElements(By.cssSelector("fieldset.question"))) {
            question.findElement(By.cssSelector("input[type='radio']")).click();
        }
        browser.waitForText(By.cssSelector(".quiz [aria-live]"), "5 of 5 questions answered");
        browser.driver().findElement(By.cssSelector("[data-action='submit']")).click();
        browser.waitFor(By.cssSelector("[data-result='score']"));
    }

    String status(String user) {
        return latest(user, "status");
    }

    int attempts(String user) {
        return Integer.parseInt(latest(user, "attempts"));
    }

    String latest(String user, String column) {
        try (Connection c = db(); var s = c.prepareStatement("SELECT " + column + " FROM grade_outbox WHERE user_sub = ?"
                + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")) {
            s.setString(1, user);
            var rs = s.executeQuery();
            return rs.next() ? rs.getString(1) : "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
