package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recall.audit.Actor;

/**
 * The admin page in Chromium: sign in (a wrong token refused first), platforms (list, add with a field
 * error and its focus, add a deployment, remove), key rotation, deck upload with every error listed,
 * retirement; axe-core on the page; screenshots at 1280 and 360 px.
 */
@ExtendWith(RecallServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminPageIT {

    private RecallServer server;
    private LaunchFlow flow;

    @TempDir
    Path files;

    @BeforeAll
    void setUp(RecallServer server) {
        this.server = server;
        this.flow = LaunchFlow.register(server);
    }

    @AfterAll
    void close() {
        flow.close();
    }

    private static String jsonDeck(String id, String title) {
        return """
                {"id": "%s", "title": "%s", "estimatedMinutes": 3,
                 "cards": [{"id": "c1", "prompt": "What is a deck?", "answer": "Cards and questions.", "level": "beginner"}],
                 "questions": [{"id": "q1", "prompt": "Pick a", "options": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}],
                   "correctOptionId": "a", "explanation": "A is right."}]}""".formatted(id, title);
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static String focused(Browser browser) {
        return browser.driver().switchTo().activeElement().getAttribute("id");
    }

    private static void confirm(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
    }

    private static String literal(String text) {
        return "'" + text + "'"; // the values used here never contain a quote
    }

    @Test
    void anAdministratorManagesPlatformsKeysAndDecks() throws IOException {
        try (var browser = Browser.start()) {
            browser.open(server.base() + "/admin");
            browser.waitFor(By.id("token"));
            browser.assertAccessible("admin sign-in");

            // A wrong token first: refused, still on the sign-in form.
            type(browser, "token", "not-the-token");
            browser.driver().findElement(By.id("token")).sendKeys(Keys.ENTER);
            browser.waitForText(By.id("problem"), "refused");
            assertTrue(browser.driver().findElement(By.id("login")).isDisplayed());
            assertFalse(browser.driver().findElement(By.id("console")).isDisplayed());

            type(browser, "token", RecallServer.ADMIN_TOKEN);
            browser.driver().findElement(By.cssSelector("#login button[type=submit]")).click();
            browser.waitForText(By.id("status"), "Signed in.");
            browser.waitForText(By.id("platforms"), flow.issuer());

            // Add a platform with a bad JWKS URL: the error names the field and focus moves to it.
            String issuer = "https://page-" + UUID.randomUUID() + ".example";
            type(browser, "issuer", issuer);
            type(browser, "clientId", "page-client");
            type(browser, "authorizationEndpoint", "https://lms.example/auth");
            type(browser, "tokenEndpoint", "https://lms.example/token");
            type(browser, "jwksUri", "ftp://lms.example/jwks");
            type(browser, "deploymentIds", "p1, p2");
            browser.driver().findElement(By.cssSelector("#add-platform button[type=submit]")).click();
            String problem = browser.waitForText(By.id("problem"), "jwksUri").getText();
            assertTrue(problem.contains("Public keyset URL (JWKS)"), problem);
            assertEquals("jwksUri", focused(browser));
            assertEquals("true", browser.driver().findElement(By.id("jwksUri")).getAttribute("aria-invalid"));

            type(browser, "jwksUri", "https://lms.example/jwks");
            browser.driver().findElement(By.cssSelector("#add-platform button[type=submit]")).click();
            browser.waitForText(By.id("status"), "Platform " + issuer + " added.");
            String added = browser.waitForText(By.id("platforms"), issuer).getText();
            assertTrue(added.contains("p1, p2"), added);
            assertEquals(null, browser.driver().findElement(By.id("jwksUri")).getAttribute("aria-invalid"));

            // Add a deployment to the platform registered through the API, with the keyboard.
            String article = "//article[h3[text()=" + literal(flow.issuer()) + "]]";
            WebElement deployment = browser.driver().findElement(By.xpath(article + "//input[@name='deploymentId']"));
            String label = browser.driver().findElement(By.xpath(article + "//label")).getText();
            assertEquals("New deployment id", label);
            deployment.sendKeys("page-deployment", Keys.ENTER);
            browser.waitForText(By.id("status"), "Deployment page-deployment added to " + flow.issuer() + ".");
            String dd = browser.driver().findElement(By.xpath(article + "//dt[text()='Deployments']/following-sibling::dd[1]")).getText();
            assertTrue(dd.contains("page-deployment"), dd);
            // The same again: the server's 409 is shown, focus on the field.
            browser.driver().findElement(By.xpath(article + "//input[@name='deploymentId']")).sendKeys("page-deployment", Keys.ENTER);
            browser.waitForText(By.id("problem"), "already has deployment");
            assertEquals("deploymentId", browser.driver().switchTo().activeElement().getAttribute("name"));

            // Remove the platform added through the form.
            browser.driver().findElement(By.xpath("//button[@aria-label=" + literal("Remove platform " + issuer
                    + " (client id page-client)") + "]")).click();
            confirm(browser);
            browser.waitForText(By.id("status"), "Platform " + issuer + " removed.");
            assertFalse(browser.driver().findElement(By.id("platforms")).getText().contains(issuer));

            // Rotate the tool key: the page shows the new signing kid.
            browser.driver().findElement(By.cssSelector("#rotate button[type=submit]")).click();
            String rotated = browser.waitForText(By.id("status"), "The tool now signs with key").getText();
            String kid = rotated.substring(rotated.indexOf("key ") + 4, rotated.length() - 1);
            List<WebElement> keys = browser.driver().findElements(By.cssSelector("#keys li"));
            assertTrue(keys.stream().anyMatch(k -> k.getText().startsWith(kid + ":") && k.getText().contains("signing")),
                    () -> kid + " not listed as signing in " + keys.stream().map(WebElement::getText).toList());

            // A deck with errors: every error is listed.
            String deckId = "page-" + UUID.randomUUID().toString().substring(0, 8);
            Path broken = files.resolve("broken.json");
            Files.writeString(broken, jsonDeck(deckId, "  ").replace("\"beginner\"", "\"expert\"")
                    .replace("\"correctOptionId\": \"a\"", "\"correctOptionId\": \"z\""));
            browser.driver().findElement(By.id("file")).sendKeys(broken.toAbsolutePath().toString());
            browser.driver().findElement(By.cssSelector("#upload button[type=submit]")).click();
            browser.waitFor(By.cssSelector("#upload-errors li"));
            List<String> errors = browser.driver().findElements(By.cssSelector("#upload-errors li")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(3, errors.size(), errors::toString);
            for (String path : List.of("$.title", "$.cards[0].level", "$.questions[0].correctOptionId")) {
                assertTrue(errors.stream().anyMatch(e -> e.startsWith(path + ":")), () -> path + " not in " + errors);
            }
            browser.assertAccessible("admin page, deck errors");

            // A valid deck: stored, listed, the old errors gone.
            Path valid = files.resolve("valid.json");
            Files.writeString(valid, jsonDeck(deckId, "Page deck"));
            browser.driver().findElement(By.id("file")).sendKeys(valid.toAbsolutePath().toString());
            browser.driver().findElement(By.cssSelector("#upload button[type=submit]")).click();
            browser.waitForText(By.id("status"), "Deck " + deckId + " stored as version 1.");
            browser.waitForText(By.id("decks"), deckId);
            assertTrue(browser.driver().findElements(By.cssSelector("#upload-errors li")).isEmpty());

            browser.assertAccessible("admin page");
            browser.screenshots("admin");

            // Retire it.
            browser.driver().findElement(By.xpath("//button[@aria-label=" + literal("Retire deck " + deckId) + "]")).click();
            confirm(browser);
            browser.waitForText(By.id("status"), "Deck " + deckId + " retired.");
            String deck = browser.driver().findElement(By.xpath("//article[.//dd[text()=" + literal(deckId) + "]]")).getText();
            assertTrue(deck.contains("retired"), deck);
            assertTrue(browser.driver().findElements(By.xpath("//button[@aria-label=" + literal("Retire deck " + deckId) + "]")).isEmpty());

            // The audit log shows what was just done, with the admin token's fingerprint; a privacy request
            // for a user Recall does not know says so.
            new Select(browser.driver().findElement(By.id("audit-action"))).selectByValue("DECK_RETIRED");
            browser.driver().findElement(By.cssSelector("#audit-filter button[type=submit]")).click();
            browser.waitForText(By.id("status"), "Audit log updated.");
            String audit = browser.waitForText(By.id("audit"), "deck " + deckId).getText();
            assertTrue(audit.contains("admin:" + Actor.fingerprint(RecallServer.ADMIN_TOKEN)), audit);
            String platformId = jakarta.json.Json.createReader(new java.io.StringReader(
                    flow.admin("GET", "/api/admin/platforms", null).body())).readArray().stream()
                    .map(v -> v.asJsonObject()).filter(p -> p.getString("issuer").equals(flow.issuer()))
                    .findFirst().orElseThrow().get("id").toString();
            type(browser, "privacy-platform", platformId);
            type(browser, "privacy-sub", "nobody-" + deckId);
            browser.driver().findElement(By.cssSelector("#privacy button[type=submit]")).click();
            browser.waitForText(By.id("privacy-result"), "Recall holds nothing about this user.");

            browser.assertAccessible("admin page after the changes");
        }
    }
}
