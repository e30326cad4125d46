package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recall.lti.claims.ContextClaim;
import org.recall.lti.claims.LaunchPresentationClaim;
import org.recall.lti.claims.LtiClaims;
import org.recall.lti.claims.ResourceLinkClaim;

/**
 * The study page in Chromium after a real LTI launch through the test platform: each mode of the seed
 * deck walked as a student would, axe-core on every view, screenshots at 1280 and 360 px under
 * target/screenshots/. Each test launches its own resource link, so tests share nothing but the server.
 */
@ExtendWith(RecallServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudyPagesIT {

    private static final String ALL_MODES = "review,quiz,explain,spaced,sheet";
    /** Seed deck answers chosen by the quiz test: q1, q3 and q5 right, q2 and q4 wrong. */
    private static final Map<String, String> QUIZ_ANSWERS = Map.of("q1", "a", "q2", "a", "q3", "b", "q4", "b", "q5", "d");
    private static final String EXPLANATION_OF_Q2 = "Models depend on the data they were trained on";

    private RecallServer server;
    private LaunchFlow flow;

    @BeforeAll
    void register(RecallServer server) {
        this.server = server;
        this.flow = LaunchFlow.register(server);
    }

    @AfterAll
    void close() {
        flow.close();
    }

    /** A launch of the seed deck with every mode; returns the session token. */
    private String launch(String user, String link, String locale, String courseTitle) {
        return flow.session(t -> t.subject(user)
                .claim(ResourceLinkClaim.CLAIM, Map.of("id", link, "title", "MLOps week", "description", ""))
                .claim(ContextClaim.CLAIM, Map.of("id", "42", "label", "ML101", "title", courseTitle,
                        "type", List.of("CourseSection")))
                .claim(LaunchPresentationClaim.CLAIM, Map.of("locale", locale, "document_target", "iframe",
                        "return_url", "https://moodle.test/mod/lti/return.php"))
                .claim(LtiClaims.CUSTOM, Map.of("deck", "mlops-vs-devops", "modes", ALL_MODES, "attempts", "3")));
    }

    private String launch(String user, String link) {
        return launch(user, link, "en-GB", "Machine learning in production");
    }

    private static String link() {
        return "link-" + UUID.randomUUID();
    }

    private void openStudy(Browser browser, String token) {
        browser.open(server.base() + "/app/study.html#session=" + token);
    }

    private void openMode(Browser browser, String mode) {
        browser.waitFor(By.cssSelector("[data-mode='" + mode + "']")).click();
        browser.waitFor(By.id("mode-title"));
    }

    @Test
    void menuOffersEveryModeAndTheTokenLeavesTheAddress() {
        try (var browser = Browser.start()) {
            openStudy(browser, launch("menu-student", link()));
            browser.waitForText(By.id("mode-title"), "Choose how to study");
            assertEquals(5, browser.driver().findElements(By.cssSelector(".mode-choice")).size());
            assertFalse(browser.driver().getCurrentUrl().contains("session="), "token still in the address bar");
            assertEquals("en", browser.script("return document.documentElement.lang"));
            browser.assertAccessible("menu");
            browser.screenshots("menu");
            // A reload keeps the session (sessionStorage), without the token in the address.
            browser.driver().navigate().refresh();
            browser.waitForText(By.id("mode-title"), "Choose how to study");
        }
    }

    @Test
    void reviewFlipsAndRatesAllFiveCardsAndAMissedCardComesBack() {
        try (var browser = Browser.start()) {
            openStudy(browser, launch("review-student", link()));
            openMode(browser, "review");
            browser.waitForText(By.cssSelector(".progress-label"), "0 of 5 cards known");
            // The browser asks for reduced motion: the card turns without animation.
            assertEquals("0s", browser.script(
                    "return getComputedStyle(document.querySelector('.flip-inner')).transitionDuration"));
            browser.assertAccessible("review, card front");
            browser.screenshots("review-front");

            // First card by keyboard (Space), second by Enter, the rest by click.
            String missed = null;
            for (int i = 0; i < 6; i++) {
                WebElement card = browser.waitFor(By.cssSelector(".flip-card"));
                assertEquals("false", card.getAttribute("aria-expanded"));
                if (i == 0) {
                    card.sendKeys(Keys.SPACE);
                } else if (i == 1) {
                    card.sendKeys(Keys.ENTER);
                } else {
                    card.click();
                }
                assertEquals("true", card.getAttribute("aria-expanded"));
                String cardId = card.getAttribute("data-card");
                if (i == 0) {
                    assertTrue(card.getText().contains("DevOps is a set of practices"), card.getText());
                    browser.assertAccessible("review, card flipped");
                    browser.screenshots("review-back");
                }
                // The second card is "not yet" the first time: it must come back at the end.
                boolean notYet = i == 1;
                if (notYet) {
                    missed = cardId;
                }
                browser.waitFor(By.cssSelector("[data-rate='" + (notYet ? "not_yet" : "known") + "']")).click();
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElements(
                        By.cssSelector(".flip-card[data-card='" + cardId + "'][aria-expanded='true']")).isEmpty());
                if (i == 4) {
                    assertEquals(missed, browser.waitFor(By.cssSelector(".flip-card")).getAttribute("data-card"),
                            "the missed card comes back");
                }
            }
            browser.waitForText(By.cssSelector(".progress-label"), "5 of 5 cards known");
            browser.waitForText(By.cssSelector(".notice.success"), "you knew all 5 cards");
            browser.assertAccessible("review, all known");
            browser.screenshots("review-done");
        }
    }

    @Test
    void reviewResumesWhereTheStudentLeftOff() {
        try (var browser = Browser.start()) {
            openStudy(browser, launch("resume-student", link()));
            openMode(browser, "review");
            for (int i = 0; i < 2; i++) {
                browser.waitFor(By.cssSelector(".flip-card[aria-expanded='false']")).click();
                browser.waitFor(By.cssSelector("[data-rate='known']")).click();
                browser.waitForText(By.cssSelector(".progress-label"), (i + 1) + " of 5 cards known");
            }
            browser.driver().navigate().refresh();
            openMode(browser, "review");
            browser.waitForText(By.cssSelector(".progress-label"), "2 of 5 cards known");
            assertEquals("c3", browser.waitFor(By.cssSelector(".flip-card")).getAttribute("data-card"));
            // With motion allowed, the card does turn.
            browser.reducedMotion(false);
            assertEquals("0.5s", browser.script(
                    "return getComputedStyle(document.querySelector('.flip-inner')).transitionDuration"));
        }
    }

    @Test
    void quizGradesAKnownMixOnTheServerAndShowsTheScore() {
        String token = launch("quiz-student", link());
        // Nothing the browser receives before submission holds a correct answer.
        String deck = api("GET", "/api/study/deck", token, null).body();
        assertFalse(deck.contains("correctOptionId") || deck.contains(EXPLANATION_OF_Q2), deck);

        try (var browser = Browser.start()) {
            openStudy(browser, token);
            openMode(browser, "quiz");
            browser.waitForText(By.id("main"), "Attempts used: 0 of 3");
            browser.assertAccessible("quiz, start");
            browser.waitFor(By.cssSelector("[data-action='start']")).click();
            browser.waitFor(By.cssSelector("fieldset.question"));
            assertEquals(5, browser.driver().findElements(By.cssSelector("fieldset.question")).size());
            String page = browser.driver().getPageSource();
            assertFalse(page.contains("correctOptionId") || page.contains(EXPLANATION_OF_Q2), "answer key in the page");
            String open = api("POST", "/api/study/quiz/attempts", token, "{}").body();
            assertFalse(open.contains("correctOptionId") || open.contains(EXPLANATION_OF_Q2), open);

            // Submitting with questions left unanswered is refused in the page.
            browser.driver().findElement(By.cssSelector("label[for='q-q1-a']")).click();
            browser.driver().findElement(By.cssSelector("[data-action='submit']")).click();
            browser.waitForText(By.cssSelector(".quiz [role='alert']"), "1 of 5 answered");
            QUIZ_ANSWERS.forEach((question, option) ->
                    browser.driver().findElement(By.cssSelector("label[for='q-" + question + "-" + option + "']")).click());
            browser.waitForText(By.cssSelector(".quiz [aria-live]"), "5 of 5 questions answered");
            browser.assertAccessible("quiz, answered");
            browser.screenshots("quiz-form");

            browser.driver().findElement(By.cssSelector("[data-action='submit']")).click();
            // Graded out of the activity's 100 points: 3 right of 5 is 60 / 100.
            browser.waitForText(By.cssSelector("[data-result='score']"), "You scored 60 out of 100 (60 %).");
            browser.waitForText(By.cssSelector("[data-correct]"), "3 of 5 questions correct.");
            assertTrue(browser.driver().findElement(By.cssSelector(".result[data-question='q2']")).getAttribute("class").contains("wrong"));
            assertTrue(browser.driver().findElement(By.cssSelector(".result[data-question='q1']")).getAttribute("class").contains("right"));
            String q2 = browser.driver().findElement(By.cssSelector(".result[data-question='q2']")).getText();
            assertTrue(q2.contains("Infrastructure as code") && q2.contains("Data versioning") && q2.contains(EXPLANATION_OF_Q2), q2);
            // Graded (the launch carries a line item): the page says where the score goes, honestly (this test
            // platform plays no gradebook, so it may already say that the course has not accepted it).
            String gradebook = browser.driver().findElement(By.cssSelector("[data-gradebook]")).getText();
            assertTrue(gradebook.contains("will be sent") || gradebook.contains("was sent")
                    || gradebook.contains("has not accepted it yet"), gradebook);
            browser.assertAccessible("quiz, result");
            browser.screenshots("quiz-result");

            browser.driver().findElement(By.cssSelector("[data-action='back']")).click();
            browser.waitForText(By.id("main"), "Attempts used: 1 of 3");
            browser.waitForText(By.id("main"), "Attempt 1: 60 / 100");
        }
    }

    @Test
    void explainTakesAnAnswerAndCountsTheTickedConcepts() {
        try (var browser = Browser.start()) {
            openStudy(browser, launch("explain-student", link()));
            openMode(browser, "explain");
            WebElement hintButton = browser.waitFor(By.cssSelector("[aria-controls='hint-e1']"));
            hintButton.click();
            assertEquals("true", hintButton.getAttribute("aria-expanded"));
            browser.waitForText(By.id("hint-e1"), "Think about what each practice manages");
            browser.driver().findElement(By.id("explain-text")).sendKeys(
                    "DevOps ships software; MLOps also manages models and the data they learn from.");
            browser.driver().findElement(By.cssSelector("[data-action='check']")).click();
            for (int concept : new int[] {0, 1, 3}) {
                browser.driver().findElement(By.cssSelector("label[for='concept-e1-" + concept + "']")).click();
            }
            browser.waitForText(By.cssSelector(".concept-count"), "You covered 3/4 concepts.");
            browser.driver().findElement(By.cssSelector("[data-action='save']")).click();
            browser.waitForText(By.cssSelector("[data-saved]"), "Saved. You covered 3/4 concepts.");
            browser.assertAccessible("explain, saved");
            browser.screenshots("explain");

            // Stored: a reload shows the answer and the ticks again.
            browser.driver().navigate().refresh();
            openMode(browser, "explain");
            browser.waitForText(By.cssSelector(".concept-count"), "You covered 3/4 concepts.");
            assertTrue(browser.driver().findElement(By.id("explain-text")).getAttribute("value").startsWith("DevOps ships software"));
        }
    }

    @Test
    void spacedReviewMovesACardUpABoxKeptAcrossTwoLaunches() {
        String link = link();
        String known;
        try (var browser = Browser.start()) {
            openStudy(browser, launch("spaced-student", link));
            openMode(browser, "spaced");
            browser.waitForText(By.cssSelector("[data-box='1']"), "5 cards");
            browser.assertAccessible("spaced, first launch");
            browser.screenshots("spaced-due");
            WebElement card = browser.waitFor(By.cssSelector(".flip-card"));
            known = card.getAttribute("data-card");
            card.click();
            browser.waitFor(By.cssSelector("[data-rate='known']")).click();
            browser.waitFor(By.cssSelector("[data-box='2'] [data-card='" + known + "']"));
            WebElement next = browser.waitFor(By.cssSelector(".flip-card"));
            String missed = next.getAttribute("data-card");
            next.click();
            browser.waitFor(By.cssSelector("[data-rate='missed']")).click();
            browser.waitForText(By.id("announcer"), "from box 1 to box 1");
            assertEquals(1, browser.driver().findElements(By.cssSelector("[data-box='1'] [data-card='" + missed + "']")).size());
        }
        try (var browser = Browser.start()) {
            openStudy(browser, launch("spaced-student", link));
            openMode(browser, "spaced");
            browser.waitFor(By.cssSelector("[data-box='2'] [data-card='" + known + "']"));
            browser.waitForText(By.cssSelector("[data-box='1']"), "4 cards");
            browser.assertAccessible("spaced, second launch");
            browser.screenshots("spaced-boxes");
        }
    }

    @Test
    void revisionSheetListsEveryCardAndNoQuizAnswer() {
        try (var browser = Browser.start()) {
            openStudy(browser, launch("sheet-student", link()));
            openMode(browser, "sheet");
            browser.waitFor(By.cssSelector(".sheet"));
            assertEquals(5, browser.driver().findElements(By.cssSelector(".sheet dt")).size());
            String text = browser.driver().findElement(By.id("main")).getText();
            assertTrue(text.contains("Both aim to automate workflows"), text);
            assertFalse(text.contains(EXPLANATION_OF_Q2), text);
            browser.assertAccessible("revision sheet");
            browser.screenshots("sheet");
            // The print stylesheet drops the header and the buttons.
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertFalse(browser.driver().findElement(By.cssSelector(".site-header")).isDisplayed());
            assertFalse(browser.driver().findElement(By.cssSelector("[data-action='print']")).isDisplayed());
        }
    }

    @Test
    void aCourseTitleHoldingScriptShowsAsText() {
        String title = "<script>window.pwned = true</script><img src=x onerror=\"window.pwned = true\">Week 1";
        try (var browser = Browser.start()) {
            openStudy(browser, launch("xss-student", link(), "en", title));
            browser.waitForText(By.id("context-line"), "<script>window.pwned = true</script>");
            assertNull(browser.script("return window.pwned === undefined ? null : window.pwned"));
            assertTrue(browser.driver().findElements(By.cssSelector("header script, header img")).isEmpty());
            browser.assertAccessible("menu with a hostile course title");
        }
    }

    @Test
    void spanishLocaleShowsSpanishStrings() {
        try (var browser = Browser.start()) {
            openStudy(browser, launch("es-student", link(), "es-ES", "Aprendizaje automático"));
            browser.waitForText(By.id("mode-title"), "Elige cómo estudiar");
            assertEquals("es-ES", browser.script("return document.documentElement.lang"));
            assertEquals("en", browser.driver().findElement(By.cssSelector(".deck-title")).getAttribute("lang"),
                    "the deck's own text keeps its language");
            openMode(browser, "review");
            browser.waitForText(By.cssSelector(".progress-label"), "0 de 5 tarjetas sabidas");
            browser.assertAccessible("review in Spanish");
            browser.screenshots("review-es");
        }
    }

    @Test
    void inA320PixelFrameThePageFitsAndReportsItsHeight() {
        String token = launch("frame-student", link());
        try (var browser = Browser.start()) {
            // A same-origin parent page standing in for the LMS, with a 320 px wide iframe.
            browser.open(server.base() + "/health");
            browser.script("""
                    window.frameMessages = [];
                    window.addEventListener('message', e => window.frameMessages.push(e.data));
                    const frame = document.createElement('iframe');
                    frame.id = 'lms-frame'; frame.style.width = '320px'; frame.style.height = '400px';
                    frame.src = arguments[0];
                    document.body.replaceChildren(frame);""", server.base() + "/app/study.html#session=" + token);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> (Boolean) browser.script(
                    "return window.frameMessages.some(m => m && m.subject === 'lti.frameResize' && m.height > 400)"));
            browser.driver().switchTo().frame("lms-frame");
            browser.waitForText(By.id("mode-title"), "Choose how to study");
            long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth");
            assertTrue(scrollWidth <= 320, "page wider than its 320 px frame: " + scrollWidth);
        }
    }

    @Test
    void anUnknownTokenSaysTheSessionExpired() {
        try (var browser = Browser.start()) {
            openStudy(browser, "not-a-session-token");
            browser.waitForText(By.cssSelector("[role='alert']"), "Your session has expired. Open the activity from your course again.");
            browser.assertAccessible("expired session");
        }
    }

    /**
     * Issue 14: a quiz of every question type, from an HTML deck (a Moodle-style import), in Spanish, in a 320 px
     * wide window: each input is labelled and reached with the keyboard, the page does not overflow, axe-core
     * finds nothing, the HTML of a prompt is shown as formatting (its script never runs), and the result gives
     * partial credit and each key in the form of its type.
     */
    @Test
    void aQuizOfEveryQuestionTypeWorksByKeyboardAt320PixelsInSpanish() throws Exception {
        String id = "every-type-html-" + UUID.randomUUID().toString().substring(0, 8);
        String deck = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/decks/every-type.json"))
                .replace("\"id\": \"every-type\"", "\"id\": \"" + id + "\"")
                .replace("\"language\": \"en\",", "\"language\": \"en\", \"textFormat\": \"html\",")
                .replace("Which city is the capital of France?", "Which city is the <strong>capital</strong> of France?");
        var stored = flow.admin("POST", "/api/admin/decks", deck);
        assertEquals(201, stored.statusCode(), stored.body());
        String token = flow.session(t -> t.subject("types-student")
                .claim(ResourceLinkClaim.CLAIM, Map.of("id", link(), "title", "Every type"))
                .claim(LaunchPresentationClaim.CLAIM, Map.of("locale", "es-ES", "document_target", "iframe"))
                .claim(LtiClaims.CUSTOM, Map.of("deck", id, "modes", "quiz")));
        try (var browser = Browser.start()) {
            browser.width(320);
            openStudy(browser, token);
            browser.waitFor(By.cssSelector("[data-action='start']")).click();
            browser.waitFor(By.cssSelector("fieldset[data-question='q6']"));
            assertEquals("capital", browser.waitFor(By.cssSelector("[data-question='q1'] legend strong")).getText());
            assertEquals("Verdadero", browser.waitFor(By.cssSelector("label[for='q-q3-true']")).getText());

            // Keyboard only: q1's first option has the focus; Space picks it, Tab moves on.
            WebElement focused = browser.driver().switchTo().activeElement();
            assertEquals("q-q1-a", focused.getAttribute("id"));
            focused.sendKeys(Keys.SPACE);
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement prime = browser.driver().switchTo().activeElement();
            assertEquals("q-q2-a", prime.getAttribute("id"), "Tab reaches the first checkbox of q2");
            prime.sendKeys(Keys.SPACE);
            browser.waitFor(By.id("q-q3-true")).sendKeys(Keys.SPACE);
            browser.waitFor(By.id("q-q4-answer")).sendKeys(" TOKYO ");
            WebElement number = browser.waitFor(By.id("q-q5-answer"));
            number.sendKeys("nueve", Keys.TAB);
            browser.waitFor(By.cssSelector("#q-q5-answer[aria-invalid='true']"));
            number.clear();
            number.sendKeys("9,8", Keys.TAB);
            for (String[] pick : new String[][] {{"p1", "Madrid"}, {"p2", "Rome"}, {"p3", "Barcelona"}}) {
                new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("q-q6-" + pick[0])))
                        .selectByVisibleText(pick[1]);
            }
            browser.waitForText(By.cssSelector(".quiz [aria-live]"), "6 de 6");
            assertTrue((Long) browser.script("return document.documentElement.scrollWidth") <= 320,
                    "the quiz is wider than 320 px");
            browser.assertAccessible("quiz of every type, answered, 320 px, Spanish");
            browser.screenshots("quiz-every-type");

            browser.driver().findElement(By.cssSelector("[data-action='submit']")).click();
            browser.waitFor(By.cssSelector("[data-result='score']"));
            assertEquals(2, browser.driver().findElements(By.cssSelector(".result.partial")).size(), "q2 and q6");
            assertTrue(browser.waitFor(By.cssSelector(".result[data-question='q2'] .verdict")).getText().contains("50"));
            assertTrue(browser.waitFor(By.cssSelector(".result[data-question='q5']")).getText().contains("9.8"));
            assertTrue((Long) browser.script("return document.documentElement.scrollWidth") <= 320,
                    "the result is wider than 320 px");
            browser.assertAccessible("quiz result of every type, 320 px, Spanish");
            browser.screenshots("quiz-every-type-result");
        }
    }

    private HttpResponse<String> api(String method, String path, String token, String body) {
        var request = HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        var response = flow.send(request.build());
        assertTrue(response.statusCode() < 300, path + " answered " + response.statusCode() + ": " + response.body());
        return response;
    }
}
