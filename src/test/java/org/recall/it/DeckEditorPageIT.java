package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recall.lti.ags.AgsScope;
import org.recall.lti.claims.AgsEndpointClaim;
import org.recall.lti.claims.DeepLinkingSettingsClaim;
import org.recall.lti.claims.LaunchPresentationClaim;
import org.recall.lti.claims.LtiClaims;
import org.recall.lti.claims.ResourceLinkClaim;
import org.recall.testplatform.AgsEndpoints;

/**
 * The deck editor in Chromium (issue 14): a teacher launches content selection, imports a file from the
 * picker, edits a question in the editor (keyboard and drag reorder, inline errors on their field, a
 * student-view preview, axe-core at 320 px), leaves the page mid-edit and finds the change saved, publishes,
 * picks the new deck; a student launch of the link the platform made takes the quiz, and the score reaches
 * the test platform's gradebook. Markup in the imported file is shown as text and never runs.
 */
@ExtendWith(RecallServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeckEditorPageIT {

    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    /** The title comes from the file's name, which holds markup. */
    static final String EVIL_TITLE = "Week 1 <img src=x onerror=window.pwned=1>";
    /** The back of the file's first card (src/test/resources/imports/editor-week-1.gift). */
    static final String EVIL_BACK = "<img src=x onerror=\"window.pwned=2\">Continuous integration.";

    private RecallServer server;
    private LaunchFlow flow;
    private AgsEndpoints ags;
    private final CompletableFuture<String> returned = new CompletableFuture<>();

    @BeforeAll
    void setUp(RecallServer server) {
        this.server = server;
        this.flow = LaunchFlow.register(server);
        this.ags = new AgsEndpoints(flow.platform(), this::toolKey);
        flow.platform().handle("/deep-link-return", this::recordReturn);
    }

    @AfterAll
    void close() {
        flow.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTeacherImportsEditsAndPublishesAndAStudentIsGradedOnTheNewDeck() throws Exception {
        // The GIFT file a teacher brings: a card and one question of every type (Moodle's text format).
        Path file = Files.createTempDirectory("recall-import-").resolve(EVIL_TITLE + ".gift");
        Files.copy(Path.of("src/test/resources/imports/editor-week-1.gift"), file);
        var launch = flow.launch(t -> t.deepLinkingRequest().roles(INSTRUCTOR).claim("name", "Ana López")
                .claim(DeepLinkingSettingsClaim.CLAIM, Map.of("deep_link_return_url", flow.platform().uri("/deep-link-return").toString(),
                        "accept_types", List.of("ltiResourceLink"), "accept_presentation_document_targets", List.of("iframe"),
                        "accept_multiple", false, "auto_create", true, "accept_lineitem", true)));
        String location = launch.headers().firstValue("Location").orElseThrow();
        String deck;
        try (var browser = Browser.start()) {
            browser.open(location);
            browser.waitFor(By.id("import-file")).sendKeys(file.toString());
            browser.driver().findElement(By.id("import")).click();
            // The file's 50 % answer has no place in Recall's short answer: the picker says so before the editor opens.
            String report = browser.waitFor(By.cssSelector("[data-import-report]")).getText();
            assertTrue(report.contains("2 cards, 6 questions, 0 explain prompts") && report.contains("\"Edo\" gave 50%"), report);
            assertNull(browser.script("return window.pwned"), "no markup of the file's name ran");
            browser.driver().findElement(By.id("open-imported")).click();
            browser.waitFor(By.cssSelector("body[data-ready='true']"));
            var title = browser.waitFor(By.id("f-title"));
            assertEquals(EVIL_TITLE, title.getAttribute("value"));
            assertEquals(EVIL_BACK, browser.driver().findElement(By.id("f-cards-0-answer")).getAttribute("value"));
            assertEquals("Week 1", browser.driver().findElement(By.id("f-questions-5-section")).getAttribute("value"));
            assertEquals("9.81", browser.driver().findElement(By.id("f-questions-4-value")).getAttribute("value"));
            assertTrue(browser.driver().findElement(By.id("draft-line")).getText().contains(EVIL_TITLE));
            assertNull(browser.script("return window.pwned"), "no markup of the file ran");

            editAQuestionAndSeeItsErrorOnTheField(browser);
            writeAQuestionOfEveryTypeThenDeleteIt(browser);
            reorderByKeyboardAndByDrag(browser);
            previewAsAStudent(browser);
            browser.width(320);
            browser.assertAccessible("editor at 320 px");
            browser.screenshots("editor");

            // Typed, then the page left before the autosave's pause ended: the change is on the server anyway.
            var explanation = browser.driver().findElement(By.id("f-questions-0-explanation"));
            String draft = browser.driver().getCurrentUrl().replaceAll(".*[?&]draft=(\\d+).*", "$1");
            explanation.sendKeys(" Saved on leaving.");
            browser.open(server.base() + "/app/deep-linking.html");
            browser.waitFor(By.cssSelector("a[data-draft='" + draft + "']"));
            browser.assertAccessible("picker with its deck tools and a draft, at 320 px");
            browser.driver().findElement(By.cssSelector("a[data-draft='" + draft + "']")).click();
            browser.waitFor(By.cssSelector("body[data-ready='true']"));
            assertTrue(browser.waitFor(By.id("f-questions-0-explanation")).getAttribute("value").endsWith("Saved on leaving."));
            assertTrue(browser.driver().findElement(By.id("f-questions-1-prompt")).getAttribute("value")
                    .equals("Which practice merges code several times a day?"), "the edited question, now second");

            browser.driver().findElement(By.id("publish")).click();
            browser.waitFor(By.id("published"));
            deck = (String) browser.script("return document.body.dataset.published");
            assertTrue(browser.driver().findElement(By.id("published-text")).getText().contains("Version 2"));
            browser.assertAccessible("editor, published");
            browser.driver().findElement(By.id("choose-deck")).click();
            browser.waitFor(By.id("picker"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d ->
                    deck.equals(d.findElement(By.id("deck")).getAttribute("value")));
            assertEquals(EVIL_TITLE, browser.driver().findElement(By.id("title")).getAttribute("value"));
            var points = browser.driver().findElement(By.id("points"));
            points.clear();
            points.sendKeys("10");
            browser.driver().findElement(By.id("add")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> returned.isDone());
            assertNull(browser.script("return window.pwned"));
        }

        // The platform makes the link from the content item (and its gradebook column), then a student launches it.
        var item = (Map<String, Object>) ((List<Object>) SignedJWT.parse(returned.get(5, TimeUnit.SECONDS)).getJWTClaimsSet()
                .getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items")).get(0);
        var custom = (Map<String, Object>) item.get("custom");
        assertEquals(deck, custom.get("deck"));
        String link = "editor-link-" + deck;
        String lineItem = ags.addLineItem(EVIL_TITLE, 10, link, deck, "recall-quiz");
        String student = flow.session(t -> t.subject("editor-student").claim(LtiClaims.CUSTOM, custom)
                .claim(ResourceLinkClaim.CLAIM, Map.of("id", link, "title", EVIL_TITLE))
                .claim(AgsEndpointClaim.CLAIM, Map.of("scope", List.of(AgsScope.LINEITEM, AgsScope.SCORE),
                        "lineitem", lineItem, "lineitems", ags.lineItemsUrl())));
        try (var browser = Browser.start()) {
            browser.open(server.base() + "/app/study.html#session=" + student);
            browser.waitFor(By.cssSelector("[data-mode='quiz']")).click();
            browser.waitFor(By.cssSelector("[data-action='start']")).click();
            browser.waitFor(By.cssSelector("fieldset.question"));
            assertTrue(browser.driver().findElement(By.id("main")).getText().contains("Which practice merges code several times a day?"));
            var page = browser.driver();
            page.findElement(By.cssSelector("label[for='q-q1-b']")).click();
            page.findElement(By.cssSelector("label[for='q-q2-a']")).click();
            page.findElement(By.cssSelector("label[for='q-q2-c']")).click();
            page.findElement(By.cssSelector("label[for='q-q3-true']")).click();
            page.findElement(By.id("q-q4-answer")).sendKeys(" tokio", Keys.TAB);
            page.findElement(By.id("q-q5-answer")).sendKeys("9,8", Keys.TAB);
            new Select(page.findElement(By.id("q-q6-p1"))).selectByVisibleText("Madrid");
            new Select(page.findElement(By.id("q-q6-p2"))).selectByVisibleText("Rome");
            browser.waitForText(By.cssSelector(".quiz [aria-live]"), "6 of 6 questions answered");
            page.findElement(By.cssSelector("[data-action='submit']")).click();
            browser.waitForText(By.cssSelector("[data-result='score']"), "You scored 10 out of 10");
            browser.waitForText(By.cssSelector("[data-correct]"), "6 of 6 questions correct.");
            assertNull(browser.script("return window.pwned"));
        }
        GradeDeliveryIT.await(() -> ags.scores().stream().anyMatch(s -> s.body().contains("\"userId\":\"editor-student\"")),
                Duration.ofSeconds(30));
        String score = ags.scores().stream().filter(s -> s.body().contains("editor-student")).findFirst().orElseThrow().body();
        assertTrue(score.contains("\"scoreGiven\":10") && score.contains("\"scoreMaximum\":10"), score);
    }

    /** The question's text and its key change; a field emptied shows the server's error on itself, then not. */
    private void editAQuestionAndSeeItsErrorOnTheField(Browser browser) {
        var prompt = browser.waitFor(By.id("f-questions-0-prompt"));
        prompt.clear();
        prompt.sendKeys("Which practice merges code several times a day?");
        var option = browser.driver().findElement(By.id("f-questions-0-options-1-text"));
        option.clear();
        option.sendKeys("Continuous integration");
        browser.driver().findElement(By.cssSelector("label[for='f-questions-0-options-1-correct']")).click();
        var back = browser.driver().findElement(By.id("f-cards-1-answer"));
        // Select all and delete, as a teacher does (WebElement.clear() fires no input event).
        back.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        browser.waitFor(By.cssSelector("#f-cards-1-answer[aria-invalid='true']"));
        String describedBy = back.getAttribute("aria-describedby");
        assertEquals("must not be empty", browser.driver().findElement(By.id(describedBy)).getText().replace("⚠ ", ""));
        assertTrue(browser.waitFor(By.id("problems")).getText().contains("Card 2 › Back (the answer): must not be empty"));
        browser.assertAccessible("editor with an error");
        browser.driver().findElement(By.id("publish")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                "problems".equals(d.switchTo().activeElement().getAttribute("id")));
        back.sendKeys("Continuous delivery");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d ->
                d.findElements(By.cssSelector("[aria-invalid='true']")).isEmpty() && !d.findElement(By.id("problems")).isDisplayed());
    }

    /** A new question switched through the six types: what each type's fields write, the server accepts. */
    private void writeAQuestionOfEveryTypeThenDeleteIt(Browser browser) {
        var page = browser.driver();
        page.findElement(By.cssSelector("[data-add='questions']")).click();
        type(browser, "f-questions-6-prompt", "Which is right?");
        type(browser, "f-questions-6-options-0-text", "This one");
        type(browser, "f-questions-6-options-1-text", "That one");
        assertNoErrors(browser, "single choice");
        for (String kind : List.of("multiple-answer", "true-false", "short-answer", "numeric", "matching")) {
            new Select(page.findElement(By.id("f-questions-6-type"))).selectByValue(kind);
            assertEquals("Which is right?", page.findElement(By.id("f-questions-6-prompt")).getAttribute("value"));
            switch (kind) {
                case "short-answer" -> type(browser, "f-questions-6-acceptedAnswers-0", "colo*r");
                case "numeric" -> type(browser, "f-questions-6-value", "3,5");
                case "matching" -> {
                    type(browser, "f-questions-6-pairs-0-prompt", "Spain");
                    type(browser, "f-questions-6-pairs-0-answer", "Madrid");
                    type(browser, "f-questions-6-pairs-1-prompt", "Italy");
                    type(browser, "f-questions-6-pairs-1-answer", "Rome");
                }
                default -> { }
            }
            assertNoErrors(browser, kind);
        }
        page.findElement(By.cssSelector("[data-list='questions'] > li:nth-child(7) [data-action='delete']")).click();
        browser.waitFor(By.cssSelector("[data-action='undo']")).click();
        browser.waitFor(By.id("f-questions-6-pairs-1-answer"));
        page.findElement(By.cssSelector("[data-list='questions'] > li:nth-child(7) [data-action='delete']")).click();
        new WebDriverWait(page, Duration.ofSeconds(10)).until(d -> d.findElements(By.id("f-questions-6-prompt")).isEmpty());
        assertNoErrors(browser, "deleted");
    }

    private static void type(Browser browser, String id, String text) {
        browser.waitFor(By.id(id)).sendKeys(text);
    }

    private static void assertNoErrors(Browser browser, String what) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d ->
                "saved".equals(d.findElement(By.tagName("body")).getAttribute("data-save"))
                        && !d.findElement(By.id("problems")).isDisplayed());
        assertTrue(browser.driver().findElements(By.cssSelector("[aria-invalid='true']")).isEmpty(), what);
    }

    private void reorderByKeyboardAndByDrag(Browser browser) {
        WebElement down = browser.driver().findElement(By.cssSelector("[data-list='questions'] > li:nth-child(1) [data-action='down']"));
        down.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElement(By.id("f-questions-1-prompt"))
                .getAttribute("value").startsWith("Which practice merges code"));
        assertEquals("down Question 2", browser.script(
                "return document.activeElement.dataset.action + ' ' + document.activeElement.closest('li').querySelector('h3').textContent"),
                "the focus stays on the moved question's button");
        browser.waitForText(By.id("announcer"), "Question 1 moved to position 2 of 6.");
        // Drag card 2 above card 1 by its handle, as a mouse does (HTML drag and drop events).
        browser.script("""
                const list = document.querySelector("[data-list='cards']");
                const [first, second] = list.children;
                const data = new DataTransfer();
                const box = first.getBoundingClientRect();
                second.querySelector('.drag-handle').dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));
                first.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data, clientY: box.top + 2}));
                first.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data, clientY: box.top + 2}));
                """);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElement(By.id("f-cards-0-prompt"))
                .getAttribute("value").equals("What does CD stand for?"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d ->
                "saved".equals(d.findElement(By.tagName("body")).getAttribute("data-save")));
    }

    private void previewAsAStudent(Browser browser) {
        browser.driver().findElement(By.cssSelector("[data-list='questions'] > li:nth-child(2) [data-action='preview']")).click();
        var dialog = browser.waitFor(By.id("preview"));
        assertEquals("Student view: Question 2", browser.driver().findElement(By.id("preview-title")).getText());
        assertTrue(dialog.findElement(By.cssSelector("fieldset.question")).getText().contains("Which practice merges code several times a day?"));
        assertEquals("Continuous integration", dialog.findElement(By.cssSelector("[data-key]")).getText());
        browser.assertAccessible("editor, question preview");
        dialog.findElement(By.cssSelector("[data-action='close-preview']")).click();
        browser.driver().findElement(By.cssSelector("[data-list='cards'] > li:nth-child(2) [data-action='preview']")).click();
        browser.waitFor(By.cssSelector("#preview .flip-card"));
        assertEquals(EVIL_BACK, browser.script("return document.querySelector('#preview .face.back .face-text').textContent"));
        assertNull(browser.script("return document.querySelector('#preview img')"), "the card's markup is text");
        assertNull(browser.script("return window.pwned"));
        browser.driver().findElement(By.cssSelector("#preview [data-action='close-preview']")).click();
    }

    /**
     * In Spanish, from the teaching view: "Edit this deck" on a built-in deck edits a copy (the page says so);
     * the settings of an activity on version 1 of a deck offer "Use the latest version" once version 2 exists.
     */
    @Test
    void theTeachingViewEditsACopyOfABuiltInDeckAndSettingsMoveToTheLatestVersion() {
        var spanish = Map.of("locale", "es-ES", "document_target", "iframe");
        String teacher = flow.session(t -> t.roles(INSTRUCTOR).subject("profe").claim("name", "Profe")
                .claim(LaunchPresentationClaim.CLAIM, spanish)
                .claim(ResourceLinkClaim.CLAIM, Map.of("id", "editor-builtin-link", "title", "Semana 1"))
                .claim(LtiClaims.CUSTOM, Map.of("deck", "mlops-vs-devops", "modes", "review,quiz", "points", "none")));
        try (var browser = Browser.start()) {
            browser.open(server.base() + "/app/teach.html#session=" + teacher);
            browser.waitFor(By.cssSelector("body[data-ready='true']"));
            browser.waitFor(By.id("edit-deck")).click();
            browser.waitFor(By.cssSelector("body[data-ready='true']"));
            assertEquals("es-ES", browser.script("return document.documentElement.lang"));
            assertEquals("Editor de mazos", browser.driver().findElement(By.id("editor-title")).getText());
            assertTrue(browser.driver().findElement(By.id("notice")).getText().startsWith("Solo se pueden cambiar los mazos"));
            assertTrue(browser.driver().findElement(By.id("f-title")).getAttribute("value").startsWith("Copia de "));
            assertEquals("Volver a la vista docente", browser.driver().findElement(By.id("back-link")).getText());
            browser.width(320);
            browser.assertAccessible("editor in Spanish at 320 px");
            browser.screenshots("editor-es");

            // Reopened from the teaching view, the copy continues where it was left.
            browser.driver().findElement(By.id("f-description")).sendKeys("Para la semana 1");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d ->
                    "saved".equals(d.findElement(By.tagName("body")).getAttribute("data-save")));
            browser.driver().findElement(By.id("back-link")).click();
            browser.waitFor(By.cssSelector("body[data-ready='true']"));
            browser.waitFor(By.id("edit-deck")).click();
            browser.waitFor(By.cssSelector("body[data-ready='true']"));
            assertTrue(browser.driver().findElement(By.id("notice")).getText().startsWith("Continúas tu copia de este mazo"));
            assertEquals("Para la semana 1", browser.driver().findElement(By.id("f-description")).getAttribute("value"));
        }

        String deck = newDeckWithTwoVersions(teacher);
        String link = "editor-version-link-" + deck;
        String onVersion1 = flow.session(t -> t.roles(INSTRUCTOR).subject("profe").claim(LaunchPresentationClaim.CLAIM, spanish)
                .claim(ResourceLinkClaim.CLAIM, Map.of("id", link, "title", "Semana 2"))
                .claim(LtiClaims.CUSTOM, Map.of("deck", deck, "modes", "review", "points", "none")));
        publishVersion2(onVersion1, deck);
        try (var browser = Browser.start()) {
            browser.open(server.base() + "/app/settings.html#session=" + onVersion1);
            String box = browser.waitFor(By.id("deck-version")).getText();
            assertTrue(box.contains("Esta actividad usa la versión 1 de este mazo, publicada por Profe"), box);
            assertTrue(box.contains("La versión 2 es la más reciente"), box);
            browser.assertAccessible("settings with a newer deck version");
            browser.driver().findElement(By.id("use-latest")).click();
            browser.waitForText(By.id("deck-version"), "La actividad usa ahora la versión 2.");
            assertTrue(browser.driver().findElement(By.id("deck-version")).getText().contains("Es la versión más reciente."));

            // Inside a 320 px LMS frame (a same-origin parent standing in for the LMS) the editor fits and reports its height.
            browser.open(server.base() + "/health");
            browser.script("""
                    window.frameMessages = [];
                    window.addEventListener('message', e => window.frameMessages.push(e.data));
                    const frame = document.createElement('iframe');
                    frame.id = 'lms-frame'; frame.style.width = '320px'; frame.style.height = '400px';
                    frame.src = arguments[0];
                    document.body.replaceChildren(frame);""",
                    server.base() + "/app/editor.html?start=edit&deck=" + deck + "&from=teach#session=" + onVersion1);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> (Boolean) browser.script(
                    "return window.frameMessages.some(m => m && m.subject === 'lti.frameResize' && m.height > 1000)"));
            browser.driver().switchTo().frame("lms-frame");
            browser.waitFor(By.cssSelector("body[data-ready='true']"));
            long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth");
            assertTrue(scrollWidth <= 320, "editor wider than its 320 px frame: " + scrollWidth);
        }
    }

    /** Version 1 of a new deck, written through the drafts API. */
    private String newDeckWithTwoVersions(String teacher) {
        long draft = draftId(api("POST", "/api/instructor/drafts", teacher, "{\"start\":\"new\"}"));
        api("PUT", "/api/instructor/drafts/" + draft, teacher, "{\"revision\":1,\"document\":"
                + DeckEditorIT.document("Semana 2", "¿Cuál es?") + "}");
        String published = api("POST", "/api/instructor/drafts/" + draft + "/publish", teacher, "{\"revision\":2}");
        return jakarta.json.Json.createReader(new java.io.StringReader(published)).readObject().getString("deck");
    }

    private void publishVersion2(String teacher, String deck) {
        long draft = draftId(api("POST", "/api/instructor/drafts", teacher, "{\"start\":\"edit\",\"deck\":\"" + deck + "\"}"));
        api("PUT", "/api/instructor/drafts/" + draft, teacher, "{\"revision\":1,\"document\":"
                + DeckEditorIT.document("Semana 2, segunda edición", "¿Y ahora?") + "}");
        assertTrue(api("POST", "/api/instructor/drafts/" + draft + "/publish", teacher, "{\"revision\":2}").contains("\"version\":2"));
    }

    private static long draftId(String json) {
        return jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject().getJsonNumber("id").longValue();
    }

    private String api(String method, String path, String token, String body) {
        var response = flow.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build());
        assertTrue(response.statusCode() < 300, method + " " + path + ": " + response.body());
        return response.body();
    }

    private void recordReturn(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals("JWT") && kv.length == 2) {
                returned.complete(URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        byte[] page = "<!DOCTYPE html><title>Received</title><h1>Received</h1>".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, page.length);
        exchange.getResponseBody().write(page);
    }

    private RSAKey toolKey(String kid) {
        try {
            return (RSAKey) JWKSet.parse(flow.send(HttpRequest.newBuilder(server.uri("/.well-known/jwks.json")).build()).body())
                    .getKeyByKeyId(kid);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
