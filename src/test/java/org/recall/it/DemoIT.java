package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a newcomer does after the run command: open the landing page, go to the demo course, be launched
 * into Recall through the real OIDC flow (login, the demo platform's authorization endpoint, the
 * form-posted id_token), take the quiz, and see the grade arrive in the demo course's gradebook through
 * AGS (token by client assertion, score POST), all in a real browser.
 */
@ExtendWith(RecallServerExtension.class)
class DemoIT {

    /** Four right of five (q4 wrong) on the seed deck: 80 of the demo's 100 points. */
    private static final Map<String, String> ANSWERS = Map.of("q1", "a", "q2", "c", "q3", "b", "q4", "b", "q5", "d");

    @Test
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
}
