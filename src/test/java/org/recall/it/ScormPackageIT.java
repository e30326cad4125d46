package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recall.lti.claims.LtiClaims;

/**
 * The SCORM packages played in Chromium under scorm-again (npm, 3.x), a real LMS-side SCORM 1.2 / 2004
 * runtime: a host page on a JDK HTTP server creates {@code window.API} or {@code window.API_1484_11}
 * and loads the package's launch page in a frame. Each package is played twice: the first session rates
 * three cards, answers two questions and is unloaded; the second resumes from {@code cmi.suspend_data},
 * rates the rest, answers the quiz with a known mix and submits. Checked: what scorm-again recorded
 * (score raw/min/max, scaled, statuses, exit, session time, suspend data) and that the package
 * finished (LMSFinish / Terminate). The built zips of {@code target/scorm/} and the zips the API builds
 * for the seed deck go through the same checks. scorm-again is installed with the machine's npm into
 * {@code target/scorm-it/npm} (skipped, saying so, without npm).
 */
@ExtendWith(RecallServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScormPackageIT {

    private static final Path WORK = Path.of("target", "scorm-it");
    private static final Path NPM = WORK.resolve("npm");
    private static final Path SCORM_AGAIN = NPM.resolve("node_modules/scorm-again/dist");
    private static final String DECK = "mlops-vs-devops";
    private static final List<String> CARDS = List.of("c1", "c2", "c3", "c4", "c5");
    /** SCORM 1.2: three of five right (60 %, the pass mark): passed. */
    private static final Map<String, String> MIX_12 = Map.of("q1", "a", "q2", "c", "q3", "b", "q4", "b", "q5", "a");
    /** SCORM 2004: two of five right (40 %): failed. */
    private static final Map<String, String> MIX_2004 = Map.of("q1", "a", "q2", "a", "q3", "c", "q4", "a", "q5", "a");

    private RecallServer server;
    private HttpServer lms;
    private Browser browser;

    @BeforeAll
    void start(RecallServer server) throws Exception {
        this.server = server;
        installScormAgain();
        lms = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        lms.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path file = path.equals("/host.html") ? null
                    : path.startsWith("/lms/") ? SCORM_AGAIN.resolve(path.substring(5)).normalize()
                    : WORK.resolve("packages").resolve(path.substring(1)).normalize();
            byte[] body;
            if (file == null) {
                body = HOST_PAGE.getBytes(StandardCharsets.UTF_8);
            } else if (file.startsWith(WORK) && Files.isRegularFile(file)) {
                body = Files.readAllBytes(file);
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", contentType(path));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        lms.start();
        browser = Browser.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (lms != null) {
            lms.stop(0);
        }
    }

    @Test
    void theBuiltScorm12PackagePassesWithThreeOfFiveUnderScormAgain() throws Exception {
        play(unzip("built-12", Files.readAllBytes(Path.of("target/scorm", DECK + "-scorm12.zip"))), "1.2", MIX_12);
    }

    @Test
    void theBuiltScorm2004PackageFailsWithTwoOfFiveUnderScormAgain() throws Exception {
        play(unzip("built-2004", Files.readAllBytes(Path.of("target/scorm", DECK + "-scorm2004.zip"))), "2004", MIX_2004);
    }

    /** An uploaded deck (the seed deck's content under an id of its own) is packaged on the fly and plays the same. */
    @Test
    void anUploadedDecksPackageFromTheApiPlaysTheSame() throws Exception {
        String id = "uploaded-mlops-" + System.nanoTime() % 100000;
        String json = Files.readString(Path.of("src/main/resources/decks", DECK + ".json"), StandardCharsets.UTF_8)
                .replace("\"id\": \"" + DECK + "\"", "\"id\": \"" + id + "\"");
        var upload = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/api/admin/decks"))
                .header("Authorization", "Bearer " + RecallServer.ADMIN_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, upload.statusCode(), upload.body());
        for (String version : List.of("1.2", "2004")) {
            byte[] zip = download(id, version, "Bearer " + RecallServer.ADMIN_TOKEN, 200).body();
            String folder = "uploaded-" + (version.equals("1.2") ? "scorm12" : "scorm2004");
            play(unzip(folder, zip), version, version.equals("1.2") ? MIX_12 : MIX_2004);
        }
    }

    /** The seed deck through the API: the same zip as the build's, the same play. */
    @Test
    void theApiBuildsTheSameZipsAndTheyPlayTheSame() throws Exception {
        for (String version : List.of("1.2", "2004")) {
            byte[] zip = download(DECK, version, "Bearer " + RecallServer.ADMIN_TOKEN, 200).body();
            String folder = version.equals("1.2") ? "scorm12" : "scorm2004";
            byte[] built = Files.readAllBytes(Path.of("target/scorm", DECK + "-" + folder + ".zip"));
            assertEquals(entries(built).keySet(), entries(zip).keySet());
            assertArrayEquals(built, zip, "the API's zip is the build's, byte for byte");
            play(unzip("api-" + folder, zip), version, version.equals("1.2") ? MIX_12 : MIX_2004);
        }
    }

    /**
     * A deck with one question of each type (src/test/resources/decks/every-type.json), packaged by the API,
     * played under scorm-again: the quiz is scored with partial credit and every question is recorded as an
     * interaction of its SCORM type, with the student's response, the correct pattern and the result.
     */
    @Test
    void aDeckOfEveryQuestionTypeRecordsItsInteractions() throws Exception {
        String id = "every-type-" + System.nanoTime() % 100000;
        String json = Files.readString(Path.of("src/test/resources/decks/every-type.json"), StandardCharsets.UTF_8)
                .replace("\"id\": \"every-type\"", "\"id\": \"" + id + "\"");
        var upload = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/api/admin/decks"))
                .header("Authorization", "Bearer " + RecallServer.ADMIN_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, upload.statusCode(), upload.body());
        for (String version : List.of("1.2", "2004")) {
            boolean v12 = version.equals("1.2");
            String folder = unzip("every-type-" + (v12 ? "scorm12" : "scorm2004"),
                    download(id, version, "Bearer " + RecallServer.ADMIN_TOKEN, 200).body());
            launch(version, "/" + folder + "/app/scorm.html", null);
            inSco(() -> {
                browser.waitFor(By.cssSelector("[data-mode='quiz']")).click();
                browser.waitFor(By.cssSelector("[data-action='start']")).click();
                answer("q1", "a");
                answer("q2", "a"); // one of the two primes: half the credit
                answer("q3", "true");
                browser.waitFor(By.id("q-q4-answer")).sendKeys(" tokyo ");
                browser.waitFor(By.id("q-q5-answer")).sendKeys("9,8");
                new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("q-q6-p1"))).selectByVisibleText("Madrid");
                new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("q-q6-p2"))).selectByVisibleText("Rome");
                new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("q-q6-p3"))).selectByVisibleText("Barcelona");
                browser.driver().findElement(By.cssSelector("[data-action='submit']")).click();
                browser.waitFor(By.cssSelector("[data-result='score']"));
                assertEquals("sent", browser.waitFor(By.cssSelector("[data-gradebook]")).getAttribute("data-gradebook"),
                        "the LMS accepted every value");
                assertEquals(2, browser.driver().findElements(By.cssSelector(".result.partial")).size(), "q2 and q6");
                browser.screenshots("scorm-every-type-" + folder);
                browser.assertAccessible("SCORM quiz result of every question type");
            });
            waitUntil("the SCO finishes on completion", () -> events().contains(v12 ? "LMSFinish" : "Terminate"));
            Map<String, Object> cmi = cmi();
            Map<String, Object> score = v12 ? nested(core(cmi), "score") : nested(cmi, "score");
            assertEquals("86.11", score.get("raw"), "5.1667 of 6 questions' credit");
            Map<String, Object> interactions = nested(cmi, "interactions");
            List<String> recorded = new java.util.ArrayList<>();
            for (int n = 0; n < 6; n++) {
                Map<String, Object> interaction = nested(interactions, String.valueOf(n));
                recorded.add(interaction.get("id") + " " + interaction.get("type") + " "
                        + interaction.get(v12 ? "student_response" : "learner_response") + " " + interaction.get("result"));
            }
            assertEquals(v12 ? List.of("q1 choice a correct", "q2 choice a 0.5", "q3 true-false t correct",
                    "q4 fill-in tokyo correct", "q5 numeric 9.8 correct", "q6 matching p1.c2,p2.c3,p3.c1 0.6667")
                    : List.of("q1 choice a correct", "q2 choice a 0.5", "q3 true-false true correct",
                    "q4 fill-in tokyo correct", "q5 numeric 9.8 correct", "q6 matching p1[.]c2[,]p2[.]c3[,]p3[.]c1 0.6667"),
                    recorded);
        }
    }

    @Test
    void onlyInstructorsAndAdminsGetAPackage() throws Exception {
        try (LaunchFlow flow = LaunchFlow.register(server)) {
            String student = flow.session(t -> t.subject("scorm-student").claim(LtiClaims.CUSTOM, Map.of("deck", DECK)));
            String instructor = flow.session(t -> t.subject("scorm-teacher")
                    .roles("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor")
                    .claim(LtiClaims.CUSTOM, Map.of("deck", DECK)));
            download(DECK, "1.2", null, 401);
            download(DECK, "1.2", "Bearer not-a-token", 401);
            download(DECK, "1.2", "Bearer " + student, 403);
            var ok = download(DECK, "2004", "Bearer " + instructor, 200);
            assertEquals("application/zip", ok.headers().firstValue("Content-Type").orElse(""));
            assertTrue(ok.headers().firstValue("Content-Disposition").orElse("").contains(DECK + "-scorm2004.zip"));
            download("no-such-deck", "1.2", "Bearer " + instructor, 404);
            download(DECK, "3", "Bearer " + instructor, 400);
            download(DECK, null, "Bearer " + RecallServer.ADMIN_TOKEN, 400);
        }
    }

    /** Opened from a plain web server, without an LMS: the study page works and says nothing is recorded. */
    @Test
    void withoutAnLmsThePackageRunsAndSaysProgressIsNotRecorded() throws Exception {
        String folder = unzip("plain", Files.readAllBytes(Path.of("target/scorm", DECK + "-scorm12.zip")));
        browser.open(lmsUri("/" + folder + "/app/scorm.html"));
        var notice = browser.waitFor(By.cssSelector("#runtime-notice[data-notice='scorm.notRecorded']"));
        assertTrue(notice.getText().contains("not being recorded"), notice.getText());
        assertEquals(List.of("review", "quiz", "explain", "sheet", "match", "write", "truefalse", "test"),
                browser.driver().findElements(By.cssSelector("[data-mode]")).stream().map(button -> button.getAttribute("data-mode")).toList());
        browser.waitForText(By.cssSelector("[data-unavailable='spaced']"), "Spaced review");
        browser.waitFor(By.cssSelector("[data-mode='sheet']")).click();
        assertEquals(5, browser.driver().findElements(By.cssSelector("dt[data-card]")).size());
        browser.screenshots("scorm-no-lms");
        browser.assertAccessible("SCORM package without an LMS");
    }

    /**
     * Match, Write and True or false in the built SCORM 1.2 package under scorm-again: played in one session,
     * left halfway, resumed from cmi.suspend_data in the next (the best Match time, Write's queue, True or
     * false's round and counts), with the suspend data under SCORM 1.2's 4,096 characters.
     */
    @Test
    void matchWriteAndTrueOrFalsePlayInAScorm12PackageAndResume() throws Exception {
        String folder = unzip("modes-12", Files.readAllBytes(Path.of("target/scorm", DECK + "-scorm12.zip")));
        String launch = "/" + folder + "/app/scorm.html";
        launch("1.2", launch, null);
        inSco(() -> {
            browser.waitForText(By.cssSelector("[data-unavailable='spaced']"), "Spaced review");
            browser.waitFor(By.cssSelector("[data-mode='match']")).click();
            browser.waitFor(By.cssSelector("[data-action='start']")).click();
            List<String> tiles = browser.driver().findElements(By.cssSelector(".tile")).stream()
                    .map(t -> t.getAttribute("data-tile")).filter(t -> t.startsWith("f:")).toList();
            for (String front : tiles) {
                browser.waitFor(By.cssSelector(".tile[data-tile='" + front + "']")).click();
                browser.waitFor(By.cssSelector(".tile[data-tile='b:" + front.substring(2) + "']")).click();
            }
            browser.waitFor(By.cssSelector("[data-new-best]"));
            accessibleInSco("SCORM, Match done");
            openMode("write");
            browser.waitFor(By.id("write-answer")).sendKeys("no idea");
            browser.waitFor(By.cssSelector("[data-action='check']")).click();
            browser.waitFor(By.cssSelector("[data-action='continue']")).click();
            browser.waitForText(By.cssSelector(".muted"), "5 cards to go");
            openMode("truefalse");
            browser.waitFor(By.cssSelector("[data-answer='true']")).click();
            browser.waitFor(By.cssSelector("[data-action='next']")).click();
            browser.waitForText(By.id("main"), "Statement 2 of 20");
            accessibleInSco("SCORM, True or false");
        });
        browser.script("document.getElementById('sco').src = 'about:blank';");
        waitUntil("the SCO finishes on unload", () -> events().contains("LMSFinish"));
        String suspend = (String) cmi().get("suspend_data");
        assertTrue(suspend.length() <= 4096, suspend.length() + " characters");
        assertTrue(suspend.contains("\"mb\":[") && suspend.contains("\"w\":") && suspend.contains("\"f\":["), suspend);

        launch("1.2", launch, "{\"core\":{\"lesson_status\":\"incomplete\"},\"suspend_data\":" + json(suspend) + "}");
        inSco(() -> {
            browser.waitForText(By.cssSelector("[data-summary='match']"), " s");
            browser.waitForText(By.cssSelector("[data-summary='streak']"), "1 day in a row");
            browser.waitFor(By.cssSelector("[data-mode='truefalse']")).click();
            browser.waitForText(By.id("main"), "Statement 2 of 20");
            browser.waitForText(By.cssSelector("[data-stats]"), "of 1)");
            openMode("write");
            browser.waitForText(By.cssSelector(".muted"), "5 cards to go");
            openMode("match");
            browser.waitForText(By.cssSelector("[data-best]"), "Your best:");
            accessibleInSco("SCORM, resumed");
            browser.screenshots("scorm-modes-resumed");
        });
    }

    // --- one package, two sessions ------------------------------------------------------------

    private void play(String folder, String version, Map<String, String> mix) {
        boolean v12 = version.equals("1.2");
        String launch = "/" + folder + "/app/scorm.html";

        // Session 1: three cards rated (c2 not yet), two questions answered, then the page is left.
        launch(version, launch, null);
        inSco(() -> {
            browser.waitFor(By.cssSelector("[data-mode='review']")).click();
            rate("c1", "known");
            rate("c2", "not_yet");
            rate("c3", "known");
            openMode("quiz");
            browser.waitFor(By.cssSelector("[data-action='start']")).click();
            answer("q1", mix.get("q1"));
            answer("q2", mix.get("q2"));
        });
        browser.script("document.getElementById('sco').src = 'about:blank';");
        waitUntil("the SCO finishes on unload", () -> events().contains(v12 ? "LMSFinish" : "Terminate"));
        Map<String, Object> first = cmi();
        String suspend = (String) first.get("suspend_data");
        assertFalse(suspend == null || suspend.isEmpty(), "suspend data after session 1");
        if (v12) {
            assertEquals("incomplete", core(first).get("lesson_status"));
            assertEquals("suspend", core(first).get("exit"));
            assertTrue(String.valueOf(core(first).get("session_time")).matches("\\d{2,4}:\\d{2}:\\d{2}(\\.\\d{1,2})?"), first.toString());
        } else {
            assertEquals("incomplete", first.get("completion_status"));
            assertEquals("unknown", first.get("success_status"));
            assertEquals("suspend", first.get("exit"));
            assertTrue(String.valueOf(first.get("session_time")).startsWith("PT"), first.toString());
        }

        // Session 2: resumes where session 1 stopped.
        String status = v12 ? "{\"core\":{\"lesson_status\":\"incomplete\"},\"suspend_data\":" + json(suspend) + "}"
                : "{\"completion_status\":\"incomplete\",\"suspend_data\":" + json(suspend) + "}";
        launch(version, launch, status);
        inSco(() -> {
            browser.waitFor(By.cssSelector("[data-mode='review']")).click();
            assertEquals("c4", browser.waitFor(By.cssSelector(".flip-card")).getAttribute("data-card"), "review resumes at c4");
            rate("c4", "known");
            rate("c5", "known");
            rate("c2", "known");
            browser.waitFor(By.cssSelector("[data-action='again']"));
            openMode("quiz");
            var resume = browser.waitFor(By.cssSelector("[data-action='start']"));
            resume.click();
            for (String question : List.of("q1", "q2")) {
                assertTrue(browser.waitFor(By.id("q-" + question + "-" + mix.get(question))).isSelected(), question + " kept");
            }
            for (String question : List.of("q3", "q4", "q5")) {
                answer(question, mix.get(question));
            }
            browser.driver().findElement(By.cssSelector("[data-action='submit']")).click();
            browser.waitFor(By.cssSelector("[data-result='score']"));
            assertEquals("sent", browser.waitFor(By.cssSelector("[data-gradebook]")).getAttribute("data-gradebook"));
            browser.screenshots("scorm-" + folder + "-result");
        });
        waitUntil("the SCO finishes on completion", () -> events().contains(v12 ? "LMSFinish" : "Terminate"));
        Map<String, Object> second = cmi();
        long correct = mix.entrySet().stream().filter(e -> e.getValue().equals(Map.of("q1", "a", "q2", "c", "q3", "b",
                "q4", "a", "q5", "d").get(e.getKey()))).count();
        String raw = String.valueOf(correct * 20);
        boolean passed = correct * 20 >= 60;
        Map<String, Object> score = v12 ? nested(core(second), "score") : nested(second, "score");
        assertEquals(raw, score.get("raw"));
        assertEquals("0", score.get("min"));
        assertEquals("100", score.get("max"));
        if (v12) {
            assertEquals(passed ? "passed" : "failed", core(second).get("lesson_status"));
            assertEquals("", core(second).get("exit"));
        } else {
            assertEquals(String.valueOf(correct * 0.2).replaceAll("0+$", "").replaceAll("\\.$", ""),
                    String.valueOf(Double.parseDouble((String) score.get("scaled"))).replaceAll("0+$", "").replaceAll("\\.$", ""));
            assertEquals("completed", second.get("completion_status"));
            assertEquals(passed ? "passed" : "failed", second.get("success_status"));
            assertEquals("normal", second.get("exit"));
        }
        assertFalse(String.valueOf(second.get("suspend_data")).isEmpty());
    }

    private void launch(String version, String href, String cmiJson) {
        browser.driver().switchTo().defaultContent();
        browser.open(lmsUri("/host.html"));
        browser.script("launch(arguments[0], arguments[1], arguments[2] ? JSON.parse(arguments[2]) : null);", version, href, cmiJson);
    }

    /** axe-core over the host page and the SCO's frame (axe leaves the driver on the top page: back into the SCO). */
    private void accessibleInSco(String what) {
        browser.assertAccessible(what);
        browser.driver().switchTo().defaultContent();
        browser.driver().switchTo().frame("sco");
    }

    private void inSco(Runnable steps) {
        browser.driver().switchTo().frame("sco");
        try {
            steps.run();
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    private void rate(String card, String rating) {
        browser.waitFor(By.cssSelector(".flip-card[data-card='" + card + "'][aria-expanded='false']")).click();
        browser.waitFor(By.cssSelector("[data-rate='" + rating + "']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d ->
                d.findElements(By.cssSelector(".flip-card[data-card='" + card + "'][aria-expanded='true']")).isEmpty());
    }

    private void openMode(String mode) {
        browser.waitFor(By.cssSelector("#mode-nav button")).click();
        browser.waitFor(By.cssSelector("[data-mode='" + mode + "']")).click();
    }

    private void answer(String question, String option) {
        browser.waitFor(By.cssSelector("label[for='q-" + question + "-" + option + "']")).click();
    }

    @SuppressWarnings("unchecked")
    private List<String> events() {
        return (List<String>) browser.script("return window.events.slice();");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> cmi() {
        return (Map<String, Object>) browser.script("return window.api.renderCMIToJSONObject().cmi;");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nested(Map<String, Object> map, String key) {
        return (Map<String, Object>) map.get(key);
    }

    private static Map<String, Object> core(Map<String, Object> cmi) {
        return nested(cmi, "core");
    }

    private void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).withMessage(what).until(d -> condition.getAsBoolean());
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    // --- files, npm, HTTP ----------------------------------------------------------------------

    private static void installScormAgain() throws IOException, InterruptedException {
        if (Files.isRegularFile(SCORM_AGAIN.resolve("scorm12.js"))) {
            return;
        }
        Files.createDirectories(NPM);
        Process npm;
        try {
            npm = new ProcessBuilder("npm", "install", "--prefix", NPM.toString(), "--no-save", "--no-audit", "--no-fund",
                    "--ignore-scripts", "scorm-again@3").redirectErrorStream(true).start();
        } catch (IOException noNpm) {
            assumeTrue(false, "npm is not installed: scorm-again (the LMS-side runtime of these tests) cannot be installed");
            return;
        }
        boolean done = npm.waitFor(5, TimeUnit.MINUTES);
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(done && npm.exitValue() == 0 && Files.isRegularFile(SCORM_AGAIN.resolve("scorm12.js")),
                "npm could not install scorm-again@3: " + output);
    }

    private static String unzip(String folder, byte[] zip) throws IOException {
        Path root = WORK.resolve("packages").resolve(folder);
        for (var entry : entries(zip).entrySet()) {
            Path file = root.resolve(entry.getKey()).normalize();
            assertTrue(file.startsWith(root), entry.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, entry.getValue());
        }
        return folder;
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private HttpResponse<byte[]> download(String deck, String version, String authorization, int expected) throws Exception {
        var request = HttpRequest.newBuilder(server.uri("/api/decks/" + deck + "/scorm" + (version == null ? "" : "?version=" + version)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        var response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(expected, response.statusCode(), deck + " " + version + ": " + new String(response.body(), StandardCharsets.UTF_8));
        return response;
    }

    private String lmsUri(String path) {
        return "http://127.0.0.1:" + lms.getAddress().getPort() + path;
    }

    private static String contentType(String path) {
        if (path.endsWith(".js") || path.endsWith(".mjs")) {
            return "text/javascript; charset=utf-8";
        }
        if (path.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (path.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (path.endsWith(".json")) {
            return "application/json; charset=utf-8";
        }
        return path.endsWith(".xsd") || path.endsWith(".xml") ? "application/xml" : "application/octet-stream";
    }

    /** The LMS side: scorm-again's API object, created per launch, its calls recorded in window.events. */
    private static final String HOST_PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
            <script src="/lms/scorm12.js"></script>
            <script src="/lms/scorm2004.js"></script>
            <script>
              window.events = [];
              window.launch = function (version, href, cmi) {
                var settings = { autocommit: false, lmsCommitUrl: false, logLevel: 5 };
                window.api = version === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
                if (version === '1.2') { window.API = window.api; } else { window.API_1484_11 = window.api; }
                if (cmi) { window.api.loadFromJSON(cmi, ''); }
                window.events = [];
                ['LMSInitialize', 'LMSCommit', 'LMSFinish', 'Initialize', 'Commit', 'Terminate'].forEach(function (name) {
                  window.api.on(name, function () { window.events.push(name); });
                });
                document.getElementById('sco').src = href;
              };
            </script></head>
            <body><main><h1>Test LMS</h1><iframe id="sco" name="sco" title="Course content" style="width: 1000px; height: 800px"></iframe></main></body></html>
            """;
}
