package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a newcomer does after the run command: open the landing page, go to the demo course, be launched
 * into Recall through the real OIDC flow (login, the demo platform's authorization endpoint, the
 * form-posted id_token), take the quiz, and see the grade arrive in the demo course's gradebook through
 * AGS (token by client assertion, score POST), all in a real browser. An instructor launched from the
 * demo course sees its roster, read through the demo platform's NRPS 2.0 membership service.
 *
 * <p>The roster test runs first: the teaching page lists the learners who have not opened the activity,
 * and the quiz test opens it as the demo student.
 */
@ExtendWith(RecallServerExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoIT {

    /** Four right of five (q4 wrong) on the seed deck: 80 of the demo's 100 points. */
    private static final Map<String, String> ANSWERS = Map.of("q1", "a", "q2", "c", "q3", "b", "q4", "b", "q5", "d");

    @Test
    @Order(2)
    void aStudentLaunchedFromTheDemoCourseTakesTheQuizAndTheGradeArrives(RecallServer server) {
        try (var browser = Browser.start()) {
            browser.open(server.base() + "/");
            browser.waitFor(By.linkText("Try it with the built-in demo platform")).click();
            browser.waitFor(By.id("launch-student"));
            browser.assertAccessible("demo course page");
            browser.driver().findElement(By.id("launch-student")).click();

            browser.waitForText(By.id("mode-title"), "Choose how to study");
            String url = browser.driver().getCurrentUrl();
            assertTrue(url.startsWith(server.base() + "/app/study.html"), url);
            browser.waitForText(By.id("context-line"), "Alex Student");

            browser.waitFor(By.cssSelector("[data-mode='quiz']")).click();
            browser.waitFor(By.cssSelector("[data-action='start']")).click();
            browser.waitFor(By.cssSelector("fieldset.question"));
            ANSWERS.forEach((question, option) ->
                    browser.driver().findElement(By.cssSelector("label[for='q-" + question + "-" + option + "']")).click());
            browser.driver().findElement(By.cssSelector("[data-action='submit']")).click();
            browser.waitForText(By.cssSelector("[data-result='score']"), "You scored 80 out of 100 (80 %).");
            browser.screenshots("demo-quiz-result");

            // The demo course's gradebook shows what arrived through AGS (reload until the worker sent it).
            browser.open(server.base() + "/demo");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> {
                if (!driver.findElements(By.id("gradebook")).isEmpty()) {
                    return true;
                }
                driver.navigate().refresh();
                return false;
            });
            String row = browser.driver().findElement(By.cssSelector("#gradebook tbody tr")).getText();
            assertTrue(row.contains("Alex Student") && row.contains("80 / 100") && row.contains("FullyGraded"), row);
            browser.assertAccessible("demo gradebook");
            browser.screenshots("demo-gradebook");
        }
    }

    @Test
    @Order(1)
    void anInstructorLaunchedFromTheDemoCourseSeesTheRosterOnTheTeachingPage(RecallServer server) throws Exception {
        var http = HttpClient.newHttpClient();
        var anonymous = http.send(HttpRequest.newBuilder(server.uri("/demo/memberships")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode(), "the membership needs a token from the demo token endpoint");
        var forged = http.send(HttpRequest.newBuilder(server.uri("/demo/memberships"))
                .header("Authorization", "Bearer not-issued").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, forged.statusCode());

        try (var browser = Browser.start()) {
            browser.open(server.base() + "/demo");
            browser.waitFor(By.id("launch-instructor")).click();
            browser.waitForText(By.id("context-line"), "Sam Teacher");
            browser.waitFor(By.id("teach-link")).click();

            browser.waitFor(By.cssSelector("body[data-ready='true']"));
            String url = browser.driver().getCurrentUrl();
            assertTrue(url.startsWith(server.base() + "/app/teach.html"), url);
            browser.waitForText(By.id("roster-summary"), "1 of 1 students");
            String notStarted = browser.waitForText(By.id("not-started"), "Alex Student").getText();
            assertTrue(notStarted.contains("alex.student@demo.invalid"), notStarted);
            assertFalse(notStarted.contains("Sam Teacher"), "instructors are not counted among the students");
            browser.assertAccessible("demo teaching page with the roster");
            browser.screenshots("demo-teaching-roster");

            // What the page read: the roster through NRPS, with the demo student's subject.
            // The page took its token out of the address into sessionStorage (session-token.js).
            String token = (String) browser.script("return sessionStorage.getItem('recall.session');");
            var roster = http.send(HttpRequest.newBuilder(server.uri("/api/instructor/roster"))
                    .header("Authorization", "Bearer " + token)
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, roster.statusCode(), roster.body());
            JsonObject json = Json.createReader(new StringReader(roster.body())).readObject();
            assertTrue(json.getBoolean("available"), roster.body());
            assertEquals(1, json.getInt("learnerCount"), roster.body());
            assertEquals(List.of("demo-student-1"), json.getJsonArray("learners").getValuesAs(JsonObject.class).stream()
                    .map(m -> m.getString("userId")).toList());
        }
    }
}
