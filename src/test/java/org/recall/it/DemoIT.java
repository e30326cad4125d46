package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * What a newcomer does after the run command: open the landing page, go to the demo course, and be
 * launched into Recall through the real OIDC flow (login, the demo platform's authorization endpoint,
 * the form-posted id_token) in a real browser.
 */
@ExtendWith(RecallServerExtension.class)
class DemoIT {

    @Test
    void aStudentIsLaunchedFromTheDemoCourseIntoTheStudyPage(RecallServer server) {
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
            browser.waitFor(By.cssSelector("[data-mode='review']")).click();
            browser.waitForText(By.id("mode-title"), "Recall & Review");
            assertTrue(browser.driver().getPageSource().contains("What is DevOps?"));
            browser.screenshots("demo-student-review");
        }
    }
}
