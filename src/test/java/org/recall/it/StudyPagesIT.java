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

    private static final String ALL_MODES = "review,quiz,explain,spaced,sheet,match,write,truefalse,test";
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
            assertEquals(List.of("Recall & Review", "Quiz", "Explain", "Spaced review", "Quick revision sheet", "Match",
                    "Write", "True or false", "Practice test"), browser.driver().findElements(By.cssSelector(".mode-choice")).stream()
                    .map(WebElement::getText).toList());
            browser.waitForText(By.cssSelector("[data-summary='known']"), "0 of 5");
            browser.waitForText(By.cssSelector("[data-summary='due']"), "5 cards");
            browser.waitForText(By.cssSelector("[data-summary='match']"), "no game yet");
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
    void spacedReviewRatesOnFsrsAndKeepsTheMemoryAcrossTwoLaunches() {
        String link = link();
        String known;
        try (var browser = Browser.start()) {
            openStudy(browser, launch("spaced-student", link));
            openMode(browser, "spaced");
            browser.waitForText(By.cssSelector("[data-mastery='new']"), "5 cards");
            WebElement card = browser.waitFor(By.cssSelector(".flip-card"));
            known = card.getAttribute("data-card");
            card.sendKeys(Keys.SPACE);
            // Each rating says when the card would come back: 1 and 10 minute learning steps; Easy about 8 days
            // (FSRS's 8.3-day stability, spread by fuzz), and the rating then gives exactly the wait shown.
            browser.waitForText(By.cssSelector("[data-rate='again']"), "1 min");
            browser.waitForText(By.cssSelector("[data-rate='good']"), "10 min");
            String easy = browser.waitFor(By.cssSelector("[data-rate='easy'] .rating-wait")).getText();
            assertTrue(easy.matches("(6|7|8|9|10) days"), easy);
            browser.assertAccessible("spaced, ratings");
            browser.screenshots("spaced-due");
            browser.driver().switchTo().activeElement().sendKeys("4");
            browser.waitFor(By.cssSelector("[data-mastery='known'] [data-card='" + known + "']"));
            browser.waitForText(By.id("announcer"), "comes back in " + easy);
            WebElement next = browser.waitFor(By.cssSelector(".flip-card:not([data-card='" + known + "'])"));
            String missed = next.getAttribute("data-card");
            next.click();
            browser.waitFor(By.cssSelector("[data-rate='again']")).click();
            browser.waitFor(By.cssSelector("[data-mastery='not_yet'] [data-card='" + missed + "']"));
        }
        try (var browser = Browser.start()) {
            openStudy(browser, launch("spaced-student", link));
            browser.waitForText(By.cssSelector("[data-summary='known']"), "1 of 5");
            openMode(browser, "spaced");
            browser.waitFor(By.cssSelector("[data-mastery='known'] [data-card='" + known + "']"));
            browser.waitForText(By.cssSelector("[data-mastery='new']"), "3 cards");
            browser.assertAccessible("spaced, second launch");
            browser.screenshots("spaced-mastery");
        }
    }

    @Test
    void matchIsPlayedToTheEndWithAWrongPairAndTheBestTimeIsKept() {
        String token = launch("match-student", link());
        try (var browser = Browser.start()) {
            openStudy(browser, token);
            openMode(browser, "match");
            browser.waitForText(By.cssSelector("[data-best]"), "No best time yet");
            browser.assertAccessible("match, start");
            browser.waitFor(By.cssSelector("[data-action='start']")).sendKeys(Keys.ENTER);
            List<String> tiles = browser.driver().findElements(By.cssSelector(".tile")).stream()
                    .map(t -> t.getAttribute("data-tile")).toList();
            assertEquals(10, tiles.size(), "five cards: ten tiles");
            browser.assertAccessible("match, board");
            browser.screenshots("match-board");
            // A wrong pair first: both shake, a second is added.
            String front = tiles.stream().filter(t -> t.startsWith("f:")).findFirst().orElseThrow();
            String wrongBack = tiles.stream().filter(t -> t.startsWith("b:") && !t.substring(2).equals(front.substring(2)))
                    .findFirst().orElseThrow();
            tile(browser, front).click();
            assertEquals("true", tile(browser, front).getAttribute("aria-pressed"));
            tile(browser, wrongBack).click();
            browser.waitForText(By.id("announcer"), "one second added");
            assertTrue(tile(browser, wrongBack).getAttribute("class").contains("shake"));
            // Then every pair, by keyboard: Enter on the front, Enter on its back.
            for (String f : tiles.stream().filter(t -> t.startsWith("f:")).toList()) {
                tile(browser, f).sendKeys(Keys.ENTER);
                tile(browser, "b:" + f.substring(2)).sendKeys(Keys.ENTER);
            }
            WebElement result = browser.waitFor(By.cssSelector("[data-result]"));
            double seconds = Double.parseDouble(result.getAttribute("data-result"));
            assertTrue(seconds >= 1.0, "the wrong pair's second counts: " + seconds);
            browser.waitForText(By.cssSelector("[data-new-best]"), "new best");
            browser.waitForText(By.cssSelector("[data-best]"), "Your best: " + result.getAttribute("data-result") + " s");
            browser.assertAccessible("match, done");
            browser.screenshots("match-done");
        }
        try (var browser = Browser.start()) {
            openStudy(browser, token);
            browser.waitForText(By.cssSelector("[data-summary='match']"), " s");
            openMode(browser, "match");
            browser.waitForText(By.cssSelector("[data-best]"), "Your best:");
            // A game left halfway resumes with its pairs found.
            browser.waitFor(By.cssSelector("[data-action='start']")).click();
            List<String> tiles = browser.driver().findElements(By.cssSelector(".tile")).stream()
                    .map(t -> t.getAttribute("data-tile")).toList();
            String first = tiles.stream().filter(t -> t.startsWith("f:")).findFirst().orElseThrow();
            tile(browser, first).click();
            tile(browser, "b:" + first.substring(2)).click();
            browser.waitForText(By.cssSelector("[aria-live='polite'].muted"), "Pairs left: 4");
            browser.driver().navigate().refresh();
            openMode(browser, "match");
            browser.waitFor(By.cssSelector("[data-action='start']")).click();
            browser.waitForText(By.cssSelector("[aria-live='polite'].muted"), "Pairs left: 4");
            assertEquals(tiles, browser.driver().findElements(By.cssSelector(".tile")).stream()
                    .map(t -> t.getAttribute("data-tile")).toList(), "the same board");
            assertTrue(browser.driver().findElement(By.cssSelector(".tile[data-tile='" + first + "']"))
                    .getAttribute("class").contains("matched"), "the pair found stays found");
        }
    }

    private static WebElement tile(Browser browser, String tile) {
        return browser.waitFor(By.cssSelector(".tile[data-tile='" + tile + "']"));
    }

    @Test
    void writeForgivesCaseAndTyposShowsTheDifferenceAndBringsMissedCardsBack() {
        String token = launch("write-student", link());
        Map<String, String> answers = new java.util.HashMap<>();
        for (var card : jakarta.json.Json.createReader(new java.io.StringReader(api("GET", "/api/study/deck", token, null).body()))
                .readObject().getJsonArray("cards").getValuesAs(jakarta.json.JsonObject.class)) {
            answers.put(card.getString("id"), card.getString("answer"));
        }
        try (var browser = Browser.start()) {
            openStudy(browser, token);
            openMode(browser, "write");
            browser.waitForText(By.cssSelector(".progress-label"), "0 of 5 cards right");
            browser.assertAccessible("write, question");
            browser.screenshots("write-question");
            List<String> seen = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String card = browser.waitFor(By.cssSelector("[data-card]")).getAttribute("data-card");
                seen.add(card);
                WebElement input = browser.waitFor(By.id("write-answer"));
                String answer = answers.get(card);
                switch (i) {
                    case 0 -> input.sendKeys(answer.toUpperCase().replace(",", "") + "!!", Keys.ENTER);
                    case 1 -> input.sendKeys(answer.substring(0, 5) + answer.substring(6), Keys.ENTER); // one letter left out
                    case 2 -> input.sendKeys("no idea at all", Keys.ENTER);
                    case 3 -> browser.waitFor(By.cssSelector("[data-action='dont-know']")).click();
                    default -> input.sendKeys(answer, Keys.ENTER);
                }
                String expected = switch (i) {
                    case 0 -> "right";
                    case 1 -> "close";
                    case 2, 3 -> "wrong";
                    default -> "right";
                };
                browser.waitFor(By.cssSelector("[data-result='" + expected + "']"));
                if (i == 2) {
                    assertFalse(browser.driver().findElements(By.cssSelector("[data-typed] .diff-wrong")).isEmpty());
                    assertFalse(browser.driver().findElements(By.cssSelector("[data-expected] .diff-missing")).isEmpty());
                    browser.assertAccessible("write, wrong answer with the difference");
                    browser.screenshots("write-wrong");
                }
                browser.waitFor(By.cssSelector(i == 3 ? "[data-action='override']" : "[data-action='continue']")).click();
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElements(
                        By.cssSelector("[data-result]")).isEmpty() || !d.findElements(By.cssSelector("[data-write-done]")).isEmpty());
            }
            assertEquals(seen.get(2), seen.get(5), "the missed card comes back at the end of the round");
            browser.waitForText(By.cssSelector("[data-write-done]"), "4 of 5 right the first time");
            browser.assertAccessible("write, round done");
            browser.screenshots("write-done");
            // Write rated the same FSRS memory as spaced review: the missed card was rated twice.
            var memory = jakarta.json.Json.createReader(new java.io.StringReader(api("GET", "/api/study/spaced", token, null)
                    .body())).readObject().getJsonObject("cards");
            assertEquals(2, memory.getJsonObject(seen.get(2)).getInt("lapses") + memory.getJsonObject(seen.get(2)).getInt("reviews"));
            assertEquals("known", memory.getJsonObject(seen.get(0)).getString("mastery"));
        }
    }

    @Test
    void trueOrFalseIsPlayedToTheEndByKeyWithStreakAndAccuracy() {
        try (var browser = Browser.start()) {
            openStudy(browser, launch("tf-student", link()));
            openMode(browser, "truefalse");
            browser.waitForText(By.cssSelector("[data-stats]"), "Streak: 0");
            browser.assertAccessible("true or false, statement");
            browser.screenshots("truefalse");
            for (int i = 0; i < 20; i++) {
                String statement = browser.waitFor(By.cssSelector("[data-statement]")).getAttribute("data-statement");
                String[] parts = statement.split(":");
                assertEquals("c", parts[0], "a graded quiz not yet taken: statements from cards only");
                boolean truth = parts[1].equals(parts[2]);
                boolean answer = i < 2 ? !truth : truth; // the first two wrong
                browser.driver().switchTo().activeElement().sendKeys(answer ? "t" : "f");
                browser.waitFor(By.cssSelector("[data-correct='" + (i >= 2) + "']"));
                if (i == 1) {
                    browser.assertAccessible("true or false, wrong answer");
                }
                browser.waitFor(By.cssSelector("[data-action='next']")).sendKeys(Keys.ENTER);
            }
            browser.waitForText(By.cssSelector("[data-round-done]"), "18 of 20 right");
            browser.waitForText(By.cssSelector("[data-stats]"), "Streak: 18 · best: 18 · accuracy: 90 % (18 of 20)");
            browser.assertAccessible("true or false, round done");
            browser.screenshots("truefalse-done");
            // Resume: a new round, one answer, a reload: the same statement position comes back.
            browser.waitFor(By.cssSelector("[data-action='new-round']")).click();
            browser.waitFor(By.cssSelector("[data-statement]"));
            browser.waitFor(By.cssSelector("[data-answer='true']")).click();
            browser.waitFor(By.cssSelector("[data-action='next']")).click();
            browser.waitForText(By.cssSelector(".muted"), "Statement 2 of 20");
            browser.driver().navigate().refresh();
            openMode(browser, "truefalse");
            browser.waitForText(By.id("main"), "Statement 2 of 20");
            browser.waitForText(By.cssSelector("[data-stats]"), " of 21)");
        }
    }

    /**
     * The teacher makes the Practice test the graded mode (settings API); a student takes a test of every
     * question and card in Chromium, and its score, sent through AGS, reaches the test platform's gradebook.
     */
    @Test
    void aPracticeTestMadeTheGradedModeSendsItsScoreToThePlatformsGradebook() throws Exception {
        Map<String, com.nimbusds.jose.jwk.RSAKey> toolKeys = new java.util.concurrent.ConcurrentHashMap<>();
        var ags = new org.recall.testplatform.AgsEndpoints(flow.platform(), kid -> toolKeys.computeIfAbsent(kid, k -> {
            try {
                return (com.nimbusds.jose.jwk.RSAKey) com.nimbusds.jose.jwk.JWKSet.parse(flow.send(HttpRequest.newBuilder(
                        server.uri("/.well-known/jwks.json")).build()).body()).getKeyByKeyId(k);
            } catch (java.text.ParseException e) {
                return null;
            }
        }));
        String link = link();
        String lineItem = ags.addLineItem("MLOps practice test", 100, link, null, null);
        java.util.function.Function<String, String> launchAs = role -> flow.session(t -> {
            var b = t.subject(role == null ? "test-student" : "test-teacher")
                    .claim(ResourceLinkClaim.CLAIM, Map.of("id", link, "title", "MLOps test"))
                    .claim(LtiClaims.CUSTOM, Map.of("deck", "mlops-vs-devops", "modes", "review,quiz,test", "points", "100",
                            "attempts", "2"))
                    .claim(org.recall.lti.claims.AgsEndpointClaim.CLAIM, Map.of("scope", List.of(
                            org.recall.lti.ags.AgsScope.LINEITEM, org.recall.lti.ags.AgsScope.SCORE),
                            "lineitem", lineItem, "lineitems", ags.lineItemsUrl()));
            return role == null ? b : b.roles(role);
        });
        String teacher = launchAs.apply("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor");
        String settings = api("PUT", "/api/instructor/activity", teacher, "{\"gradedMode\":\"test\"}").body();
        assertTrue(settings.contains("\"gradedMode\":\"test\""), settings);
        String token = launchAs.apply(null);
        Map<String, String> backs = new java.util.HashMap<>();
        for (var card : jakarta.json.Json.createReader(new java.io.StringReader(api("GET", "/api/study/deck", token, null).body()))
                .readObject().getJsonArray("cards").getValuesAs(jakarta.json.JsonObject.class)) {
            backs.put(card.getString("id"), card.getString("answer"));
        }
        try (var browser = Browser.start()) {
            openStudy(browser, token);
            openMode(browser, "test");
            browser.waitForText(By.cssSelector("[data-graded='true']"), "graded");
            browser.assertAccessible("practice test, start");
            WebElement length = browser.waitFor(By.id("test-length"));
            length.clear();
            length.sendKeys("10");
            browser.driver().findElement(By.cssSelector("[data-action='start']")).click();
            browser.waitFor(By.cssSelector("fieldset.question"));
            List<WebElement> items = browser.driver().findElements(By.cssSelector("fieldset.question"));
            assertEquals(10, items.size(), "every question and every card");
            browser.assertAccessible("practice test, questions");
            browser.screenshots("test-questions");
            Map<String, String> right = Map.of("q1", "a", "q2", "c", "q3", "b", "q4", "a", "q5", "d");
            for (WebElement item : items) {
                String id = item.getAttribute("data-question");
                if (id.startsWith("card-")) {
                    // Typed with other case and punctuation: still right.
                    item.findElement(By.cssSelector("input[type='text']")).sendKeys(backs.get(id.substring(5)).toLowerCase()
                            .replace(",", ""));
                } else {
                    item.findElement(By.cssSelector("label[for='q-" + id + "-" + right.get(id) + "']")).click();
                }
            }
            browser.waitForText(By.cssSelector(".test [aria-live]"), "10 of 10 answered");
            browser.driver().findElement(By.cssSelector("[data-action='submit']")).click();
            browser.waitForText(By.cssSelector("[data-result='score']"), "You scored 100 out of 100 (100 %).");
            String gradebook = browser.waitFor(By.cssSelector("[data-gradebook]")).getText();
            assertTrue(gradebook.contains("will be sent") || gradebook.contains("was sent"), gradebook);
            browser.assertAccessible("practice test, result");
            browser.screenshots("test-result");
        }
        // The grade worker delivers it: wait for the platform to receive it.
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (ags.scores().stream().noneMatch(p -> p.body().contains("\"userId\":\"test-student\"")) && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        var post = ags.scores().stream().filter(p -> p.body().contains("\"userId\":\"test-student\"")).findFirst()
                .orElseThrow(() -> new AssertionError("no score reached the platform's gradebook"));
        assertTrue(post.body().contains("\"scoreGiven\":100") && post.body().contains("\"scoreMaximum\":100"), post.body());
        assertTrue(post.body().contains("Practice test 1 of 2"), post.body());
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
            for (String mode : List.of("match", "write", "truefalse", "spaced", "test")) {
                openMode(browser, mode);
                if (mode.equals("match") || mode.equals("test")) {
                    browser.waitFor(By.cssSelector("[data-action='start']")).click();
                }
                browser.waitFor(By.cssSelector(mode.equals("match") ? ".tile" : mode.equals("write") ? "#write-answer"
                        : mode.equals("truefalse") ? "[data-statement]" : mode.equals("test") ? "fieldset.question"
                        : ".flip-card"));
                long width = (Long) browser.script("return document.documentElement.scrollWidth");
                assertTrue(width <= 320, mode + " wider than its 320 px frame: " + width);
                browser.waitFor(By.cssSelector("#mode-nav button")).click();
                browser.waitForText(By.id("mode-title"), "Choose how to study");
            }
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
