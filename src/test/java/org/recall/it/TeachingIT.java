package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.recall.lti.ags.AgsScope;
import org.recall.lti.claims.AgsEndpointClaim;
import org.recall.lti.claims.LaunchPresentationClaim;
import org.recall.lti.claims.LtiClaims;
import org.recall.lti.claims.NrpsClaim;
import org.recall.lti.claims.ResourceLinkClaim;
import org.recall.testplatform.AgsEndpoints;
import org.recall.testplatform.IdTokenBuilder;
import org.recall.testplatform.NrpsEndpoints;

/**
 * The teaching side end to end (issue 7, Instructor): three students take the quiz of one resource link
 * through their own launches; its instructor sees their results in Chromium (charts with one bar per
 * question and ten histogram bins, a formula-safe CSV), who of the NRPS roster (three pages) has not
 * started, awards explain points (a FullyGraded score reaches the platform), and changes settings that
 * the next student attempt obeys. A student gets 403 from every instructor endpoint.
 */
@ExtendWith(RecallServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TeachingIT {

    static final String LINK = "teach-link-1";
    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    static final String EVIL_NAME = "=HYPERLINK(\"http://evil.test\",\"x\")";
    static final Map<String, String> RIGHT = Map.of("q1", "a", "q2", "c", "q3", "b", "q4", "a", "q5", "d");
    static final Map<String, String> WRONG = Map.of("q1", "b", "q2", "a", "q3", "a", "q4", "b", "q5", "a");

    RecallServer server;
    LaunchFlow flow;
    AgsEndpoints ags;
    NrpsEndpoints nrps;
    String lineItem;
    String instructor;
    final Map<String, String> students = new ConcurrentHashMap<>();
    final Map<String, RSAKey> toolKeys = new ConcurrentHashMap<>();

    @BeforeAll
    void setUp(RecallServer server) {
        this.server = server;
        flow = LaunchFlow.register(server);
        ags = new AgsEndpoints(flow.platform(), kid -> toolKeys.computeIfAbsent(kid, this::fetchToolKey));
        nrps = new NrpsEndpoints(flow.platform(), ags);
        lineItem = ags.addLineItem("Teaching quiz", 10, LINK, null, null);
        for (int i = 1; i <= 5; i++) {
            nrps.add(new NrpsEndpoints.Member("s" + i, i == 1 ? EVIL_NAME : "Student " + i, "s" + i + "@school.test", "Learner"));
        }
        nrps.add(new NrpsEndpoints.Member("t1", "Teacher", "t1@school.test", "Instructor"));
        nrps.pageSize(2);

        students.put("s1", launch("s1", EVIL_NAME, null));
        students.put("s2", launch("s2", "Student 2", null));
        students.put("s3", launch("s3", "Student 3", null));
        takeQuiz("s1", RIGHT);
        takeQuiz("s2", Map.of("q1", "a", "q2", "c", "q3", "a", "q4", "b", "q5", "a"));
        takeQuiz("s3", WRONG);
        ok(call("PUT", "/api/study/explain/e1", students.get("s1"), "{\"text\":\"Models drift; code does not.\",\"concepts\":[0]}"));
        ok(call("POST", "/api/study/review/ratings", students.get("s2"), "{\"cardId\":\"c2\",\"rating\":\"not_yet\"}"));
        instructor = launch("t1", "Teacher", INSTRUCTOR);
    }

    @AfterAll
    void close() {
        flow.close();
    }

    String launch(String subject, String name, String role) {
        return flow.session(t -> {
            IdTokenBuilder b = t.subject(subject).claim("name", name)
                    .claim(ResourceLinkClaim.CLAIM, Map.of("id", LINK, "title", "Teaching quiz"))
                    .claim(LtiClaims.CUSTOM, Map.of("deck", "mlops-vs-devops", "modes", "review,quiz,explain",
                            "points", "10", "attempts", "1"))
                    .claim(AgsEndpointClaim.CLAIM, Map.of("scope", List.of(AgsScope.LINEITEM, AgsScope.SCORE,
                            AgsScope.RESULT_READONLY), "lineitem", lineItem, "lineitems", ags.lineItemsUrl()))
                    .claim(NrpsClaim.CLAIM, Map.of("context_memberships_url", nrps.membershipsUrl(),
                            "service_versions", List.of("2.0")));
            return role == null ? b : b.roles(role);
        });
    }

    JsonObject takeQuiz(String student, Map<String, String> answers) {
        String token = students.get(student);
        JsonObject attempt = ok(call("POST", "/api/study/quiz/attempts", token, "{}"));
        var body = Json.createObjectBuilder();
        answers.forEach(body::add);
        return ok(call("POST", "/api/study/quiz/attempts/" + attempt.getJsonNumber("attemptId").longValue() + "/submit",
                token, Json.createObjectBuilder().add("answers", body).build().toString()));
    }

    @Test
    @Order(1)
    void aStudentGets403FromEveryInstructorEndpoint() {
        String student = students.get("s2");
        for (String[] call : new String[][] {
                {"GET", "/api/instructor/activity", null}, {"PUT", "/api/instructor/activity", "{\"attemptsAllowed\":9}"},
                {"GET", "/api/instructor/results", null}, {"GET", "/api/instructor/results.csv", null},
                {"GET", "/api/instructor/analysis", null}, {"GET", "/api/instructor/roster", null},
                {"GET", "/api/instructor/explain", null}, {"GET", "/api/instructor/grades", null},
                {"PUT", "/api/instructor/explain/s1/e1/award", "{\"points\":1}"},
                {"POST", "/api/instructor/grades/check", null}, {"POST", "/api/instructor/grades/s1/resend", null},
                {"GET", "/api/instructor/students/s1/cards", null}}) {
            var response = call(call[0], call[1], student, call[2]);
            assertEquals(403, response.statusCode(), call[0] + " " + call[1] + ": " + response.body());
            assertFalse(response.body().contains("Exception"), response.body());
        }
        assertEquals(401, call("GET", "/api/instructor/results", "not-a-token", null).statusCode());
    }

    @Test
    @Order(2)
    void resultsAndTheCsvHaveOneRowPerStudentWithFormulasEscaped() {
        // s1 knew c1 in Recall & Review and spent 42 seconds there: FSRS mastery and time in each mode.
        ok(call("POST", "/api/study/review/ratings", students.get("s1"), "{\"cardId\":\"c1\",\"rating\":\"known\"}"));
        ok(call("POST", "/api/study/time", students.get("s1"), "{\"mode\":\"review\",\"seconds\":42,\"offset\":0}"));
        JsonObject results = ok(call("GET", "/api/instructor/results", instructor, null));
        var rows = results.getJsonArray("students");
        assertEquals(3, rows.size(), results.toString());
        JsonObject s1 = rows.getValuesAs(JsonObject.class).stream().filter(r -> r.getString("userSub").equals("s1")).findFirst().orElseThrow();
        assertEquals(EVIL_NAME, s1.getString("name"));
        assertEquals(10.0, s1.getJsonNumber("best").doubleValue());
        assertEquals(1, s1.getInt("attempts"));
        assertEquals(1, s1.getInt("cardsKnown"));
        assertEquals(1, s1.getJsonObject("mastery").getInt("known"));
        assertEquals(4, s1.getJsonObject("mastery").getInt("new"));
        assertEquals(4, s1.getInt("dueNow"));
        assertEquals(42, s1.getJsonObject("modeSeconds").getInt("review"));
        assertTrue(s1.isNull("bestMatchSeconds"));

        JsonObject cards = ok(call("GET", "/api/instructor/students/s1/cards", instructor, null));
        assertEquals(List.of("known", "new", "new", "new", "new"), cards.getJsonArray("cards").getValuesAs(JsonObject.class)
                .stream().map(c -> c.getString("mastery")).toList());
        assertEquals(1.0, cards.getJsonArray("cards").getJsonObject(0).getJsonNumber("retrievability").doubleValue());
        assertEquals(42, cards.getJsonObject("modeSeconds").getInt("review"));
        assertEquals(404, call("GET", "/api/instructor/students/nobody/cards", instructor, null).statusCode());

        HttpResponse<String> csv = call("GET", "/api/instructor/results.csv", instructor, null);
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        List<String> lines = List.of(csv.body().split("\r\n"));
        assertEquals(4, lines.size(), csv.body());
        assertTrue(lines.get(0).startsWith("\uFEFFName,Email,User id,Attempts"), lines.get(0));
        assertTrue(lines.get(0).contains(",Cards known,Cards total,Mastery: new,Mastery: not yet,Mastery: fading,"
                + "Mastery: known,Mastery: mastered,Cards due now,Seconds in review,Seconds in quiz,"), lines.get(0));
        assertTrue(lines.get(0).contains(",Seconds in test,Best Match (seconds),Grade sync"), lines.get(0));
        assertTrue(csv.body().contains("\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"x\"\")\","), csv.body());
        assertFalse(csv.body().contains("\n=") || csv.body().contains(",=HYPERLINK"), csv.body());
    }

    @Test
    @Order(3)
    void theRosterReadThroughSeveralNrpsPagesShowsWhoHasNotStarted() {
        JsonObject roster = ok(call("GET", "/api/instructor/roster", instructor, null));
        assertTrue(roster.getBoolean("available"), roster.toString());
        assertEquals(5, roster.getInt("learnerCount"));
        assertEquals(List.of("s4", "s5"), roster.getJsonArray("notStarted").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("userId")).toList());
        assertEquals(List.of("", "page=1", "page=2"), nrps.pagesServed().subList(0, 3));
        assertTrue(ags.requestedScopes().contains(NrpsEndpoints.SCOPE), ags.requestedScopes().toString());
    }

    @Test
    @Order(4)
    void itemAnalysisCountsRightAnswersWrongOptionsAndScores() {
        JsonObject analysis = ok(call("GET", "/api/instructor/analysis", instructor, null));
        var questions = analysis.getJsonArray("questions").getValuesAs(JsonObject.class);
        assertEquals(5, questions.size());
        assertEquals(66.7, questions.get(0).getJsonNumber("percentCorrect").doubleValue()); // q1: s1, s2 right
        assertEquals(33.3, questions.get(2).getJsonNumber("percentCorrect").doubleValue()); // q3: s1 right
        var histogram = analysis.getJsonArray("histogram").getValuesAs(JsonObject.class);
        assertEquals(10, histogram.size());
        assertEquals(List.of(1, 0, 0, 0, 1, 0, 0, 0, 0, 1), histogram.stream().map(b -> b.getInt("count")).toList());
        assertEquals("c2", analysis.getJsonArray("notYet").getJsonObject(0).getString("cardId"));
    }

    @Test
    @Order(5)
    void theInstructorPageShowsResultsChartsAndTablesAccessiblyAtBothWidths() {
        try (var browser = Browser.start()) {
            browser.open(server.base() + "/app/teach.html#session=" + instructor);
            browser.waitFor(By.cssSelector("body[data-ready='true']"));
            assertEquals(3, browser.driver().findElements(By.cssSelector("#results-table tbody tr")).size());
            String table = browser.waitFor(By.id("results-table")).getText();
            assertTrue(table.contains(EVIL_NAME), table);
            assertEquals(5, browser.driver().findElements(By.cssSelector("#chart-correct svg[role='img'] rect.bar")).size());
            assertEquals(10, browser.driver().findElements(By.cssSelector("#chart-histogram svg[role='img'] rect.bar")).size());
            assertEquals(15, browser.driver().findElements(By.cssSelector("#chart-wrong svg rect.bar")).size());
            assertEquals(5, browser.driver().findElements(By.cssSelector("#chart-correct table tbody tr")).size());
            assertTrue(browser.waitFor(By.id("not-started")).getText().contains("Student 4"));
            var sortByBest = browser.waitFor(By.cssSelector("#results-table button[data-key='best']"));
            sortByBest.sendKeys(org.openqa.selenium.Keys.ENTER);
            assertEquals("ascending", browser.waitFor(By.xpath("//th[.//button[@data-key='best']]")).getAttribute("aria-sort"));
            browser.waitFor(By.cssSelector("#results-table button[data-key='best']")).sendKeys(org.openqa.selenium.Keys.ENTER);
            assertEquals("descending", browser.waitFor(By.xpath("//th[.//button[@data-key='best']]")).getAttribute("aria-sort"));
            assertTrue(browser.driver().findElement(By.cssSelector("#results-table tbody tr th")).getText().contains("HYPERLINK"));
            browser.assertAccessible("teaching page");
            browser.screenshots("teach");
            browser.width(Browser.PHONE);
            browser.assertAccessible("teaching page at 360 px");
            Object overflow = browser.script("return document.documentElement.scrollWidth > window.innerWidth + 1;");
            assertEquals(Boolean.FALSE, overflow);
        }
    }

    @Test
    @Order(6)
    void awardedExplainPointsReachTheGradebookFullyGraded() throws Exception {
        JsonObject explain = ok(call("GET", "/api/instructor/explain", instructor, null));
        assertEquals("Models drift; code does not.", explain.getJsonArray("answers").getJsonObject(0).getString("text"));
        int before = ags.scores().size();
        // s3 scored 0 on the quiz: 3 explain points make a gradebook score of 3.
        ok(call("PUT", "/api/study/explain/e2", students.get("s3"), "{\"text\":\"Pipelines for data.\",\"concepts\":[]}"));
        JsonObject awarded = ok(call("PUT", "/api/instructor/explain/s3/e2/award", instructor, "{\"points\":3,\"comment\":\"Good start\"}"));
        assertEquals(3.0, awarded.getJsonNumber("scoreGiven").doubleValue());
        await(() -> ags.scores().stream().skip(before).anyMatch(s -> s.body().contains("\"userId\":\"s3\"")), Duration.ofSeconds(30));
        String post = ags.scores().stream().skip(before).filter(s -> s.body().contains("\"userId\":\"s3\"")).findFirst().orElseThrow().body();
        assertTrue(post.contains("\"gradingProgress\":\"FullyGraded\""), post);
        assertTrue(post.matches("(?s).*\"scoreGiven\":3(\\.0)?[,}].*"), post);
        assertEquals(400, call("PUT", "/api/instructor/explain/s3/e2/award", instructor, "{\"points\":99}").statusCode());
        assertEquals(404, call("PUT", "/api/instructor/explain/s4/e1/award", instructor, "{\"points\":1}").statusCode());
    }

    @Test
    @Order(7)
    void changedSettingsApplyToTheNextAttemptAndUpdateTheLineItemMaximum() {
        assertEquals(409, call("POST", "/api/study/quiz/attempts", students.get("s3"), "{}").statusCode());
        JsonObject saved = ok(call("PUT", "/api/instructor/activity", instructor,
                "{\"attemptsAllowed\":2,\"showAnswers\":\"NEVER\",\"points\":20}"));
        assertEquals("updated", saved.getJsonObject("lineItem").getString("status"), saved.toString());
        assertEquals(1, ags.lineItemUpdates().size());
        assertTrue(ags.lineItemUpdates().get(0).body().contains("\"scoreMaximum\":20"), ags.lineItemUpdates().get(0).body());
        JsonObject result = takeQuiz("s3", RIGHT);
        assertEquals(2, result.getInt("number"));
        assertFalse(result.getBoolean("showAnswers"));
        assertFalse(result.toString().contains("correctOptionId"), result.toString());

        // Spaced review's retention and the graded mode: checked, then kept.
        assertError(call("PUT", "/api/instructor/activity", instructor, "{\"desiredRetention\":0.5}"), "desiredRetention");
        assertError(call("PUT", "/api/instructor/activity", instructor, "{\"gradedMode\":\"test\"}"), "gradedMode");
        assertError(call("PUT", "/api/instructor/activity", instructor, "{\"gradedMode\":\"match\"}"), "gradedMode");
        JsonObject retention = ok(call("PUT", "/api/instructor/activity", instructor, "{\"desiredRetention\":0.85}"));
        assertEquals(0.85, retention.getJsonNumber("desiredRetention").doubleValue());
        assertEquals("quiz", ok(call("GET", "/api/instructor/activity", instructor, null)).getString("gradedMode"));
    }

    private void assertError(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            assertEquals(field, reader.readObject().getString("field"), response.body());
        }
    }

    @Test
    @Order(8)
    void theSettingsPageSpeaksTheLaunchLanguage() {
        try (var browser = Browser.start()) {
            browser.open(server.base() + "/app/settings.html#session=" + instructor);
            browser.waitFor(By.id("settings"));
            assertEquals("Set up this Recall activity", browser.waitFor(By.tagName("h1")).getText());
            assertEquals("Graded quiz, out of points",
                    browser.waitFor(By.xpath("//label[input[@value='graded']]")).getText().replaceAll("\\s+", " "));
            assertEquals("Points", browser.driver().findElement(By.id("points")).getAttribute("aria-label"));
            assertEquals("Highest attempt", browser.driver().findElement(By.cssSelector("#attemptPolicy option[value='HIGHEST']")).getText());
        }
        String spanish = flow.session(t -> t.subject("t1").claim("name", "Teacher").roles(INSTRUCTOR)
                .claim(ResourceLinkClaim.CLAIM, Map.of("id", LINK, "title", "Teaching quiz"))
                .claim(LaunchPresentationClaim.CLAIM, Map.of("locale", "es-ES", "document_target", "iframe")));
        try (var browser = Browser.start()) {
            browser.open(server.base() + "/app/settings.html#session=" + spanish);
            browser.waitFor(By.id("settings"));
            assertEquals("Configurar esta actividad de Recall", browser.waitFor(By.tagName("h1")).getText());
            assertEquals("es-ES", browser.script("return document.documentElement.lang"));
            assertEquals("Guardar la configuración", browser.driver().findElement(By.id("save")).getText());
            assertEquals("El mejor intento", browser.driver().findElement(By.cssSelector("#attemptPolicy option[value='HIGHEST']")).getText());
            assertEquals("Teaching quiz", browser.driver().findElement(By.id("title")).getAttribute("value"), "the LMS title as written");
        }
    }

    HttpResponse<String> call(String method, String path, String token, String body) {
        var request = HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token)
                .header("Accept", path.endsWith(".csv") ? "text/csv" : "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return flow.send(request.build());
    }

    static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(200);
        }
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
}
