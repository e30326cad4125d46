package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recall.lti.claims.DeepLinkingSettingsClaim;
import org.recall.lti.claims.LtiClaims;
import org.recall.testplatform.IdTokenBuilder;
import org.recall.testplatform.RegistrationEndpoints;
import org.recall.testplatform.TestPlatform;

/**
 * Deep Linking 2.0, Dynamic Registration 1.0 and the lti-config guides against a running Recall: an
 * instructor picks an activity in Chromium and the test platform checks the signed response; a full
 * dynamic registration is followed by a launch; the Canvas JSON and the guides name only real URLs.
 */
@ExtendWith(RecallServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeepLinkingIT {

    private static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    private static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    private static final String DATA = "opaque platform data 1ab3f3bbd8ea5c2f";

    private RecallServer server;
    private LaunchFlow flow;
    /** The JWT the picker form-posts to the platform's return URL; a new one for each test. */
    private volatile CompletableFuture<String> returnedJwt = new CompletableFuture<>();

    @BeforeAll
    void register(RecallServer server) {
        this.server = server;
        this.flow = LaunchFlow.register(server);
        flow.platform().handle("/deep-link-return", this::recordReturn);
    }

    @BeforeEach
    void expectAReturn() {
        returnedJwt = new CompletableFuture<>();
    }

    @AfterAll
    void close() {
        flow.close();
    }

    // ---- Deep Linking ----

    private UnaryOperator<IdTokenBuilder> deepLinking(String role, boolean acceptLineItem) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("deep_link_return_url", flow.platform().uri("/deep-link-return").toString());
        settings.put("accept_types", List.of("ltiResourceLink"));
        settings.put("accept_presentation_document_targets", List.of("iframe", "window"));
        settings.put("accept_multiple", false);
        settings.put("auto_create", true);
        settings.put("accept_lineitem", acceptLineItem);
        settings.put("data", DATA);
        return t -> t.deepLinkingRequest().roles(role).claim(DeepLinkingSettingsClaim.CLAIM, settings);
    }

    private void recordReturn(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals("JWT") && kv.length == 2) {
                returnedJwt.complete(URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        byte[] page = "<!DOCTYPE html><title>Received</title><h1 id=\"received\">Received</h1>".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, page.length);
        exchange.getResponseBody().write(page);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anInstructorPicksAnActivityInTheBrowserAndThePlatformGetsASignedResponse() throws Exception {
        var launch = flow.launch(deepLinking(INSTRUCTOR, true));
        assertEquals(303, launch.statusCode(), launch.body());
        String location = launch.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(server.base() + "/app/deep-linking.html#session="), location);

        WebDriver browser = chromium();
        try {
            browser.get(location);
            var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(d -> d.findElement(By.id("picker")).isDisplayed());
            // The texts come from app/i18n/en.json: the test platform's launch locale is "fr", which Recall
            // does not speak yet, so the page falls back to English.
            assertEquals("Add a Recall activity", browser.findElement(By.tagName("h1")).getText());
            assertEquals("Deck to study", browser.findElement(By.cssSelector("label[for=deck]")).getText());
            assertEquals("Add to the course", browser.findElement(By.id("add")).getText());
            new Select(browser.findElement(By.id("deck"))).selectByValue("mlops-vs-devops");
            browser.findElement(By.cssSelector("input[name=mode][value=spaced]")).click();
            var points = browser.findElement(By.id("points"));
            points.clear();
            points.sendKeys("80");
            browser.findElement(By.id("attempts")).sendKeys("2");
            var title = browser.findElement(By.id("title"));
            title.clear();
            title.sendKeys("Week 1: MLOps quiz");
            browser.findElement(By.id("add")).click();
            wait.until(d -> returnedJwt.isDone());
        } finally {
            browser.quit();
        }

        SignedJWT jwt = SignedJWT.parse(returnedJwt.get(5, TimeUnit.SECONDS));
        var jwks = JWKSet.parse(flow.send(HttpRequest.newBuilder(server.uri("/.well-known/jwks.json")).build()).body());
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertTrue(key != null && jwt.verify(new RSASSAVerifier(key)), "signed by a key of Recall's JWKS");

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals(TestPlatform.CLIENT_ID, claims.getIssuer());
        assertEquals(List.of(flow.issuer()), claims.getAudience());
        Instant now = Instant.now();
        assertTrue(claims.getIssueTime().toInstant().isAfter(now.minusSeconds(120)));
        assertTrue(claims.getExpirationTime().toInstant().isAfter(now));
        assertTrue(claims.getStringClaim("nonce").length() >= 16);
        assertEquals(TestPlatform.DEPLOYMENT_ID, claims.getStringClaim(LtiClaims.DEPLOYMENT_ID));
        assertEquals("LtiDeepLinkingResponse", claims.getStringClaim(LtiClaims.MESSAGE_TYPE));
        assertEquals("1.3.0", claims.getStringClaim(LtiClaims.VERSION));
        assertEquals(DATA, claims.getStringClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data"));

        List<Object> items = (List<Object>) claims.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
        assertEquals(1, items.size());
        Map<String, Object> item = (Map<String, Object>) items.get(0);
        assertEquals("ltiResourceLink", item.get("type"));
        assertEquals("Week 1: MLOps quiz", item.get("title"));
        assertEquals(Map.of("deck", "mlops-vs-devops", "modes", "review,quiz,spaced", "points", "80", "attempts", "2"),
                item.get("custom"));
        Map<String, Object> lineItem = (Map<String, Object>) item.get("lineItem");
        assertEquals(80, ((Number) lineItem.get("scoreMaximum")).intValue());
        assertEquals("Week 1: MLOps quiz", lineItem.get("label"));
        assertEquals("mlops-vs-devops", lineItem.get("resourceId"));
        assertEquals("recall-quiz", lineItem.get("tag"));
    }

    /**
     * Issue 7: a valid uploaded deck can be deep-linked and launched. The admin API stores a deck, the
     * instructor picks it in the picker, the signed response's custom {@code deck} names it, and a student
     * launch with that custom parameter (as the platform sends it back) studies version 1 of it.
     */
    @Test
    @SuppressWarnings("unchecked")
    void anUploadedDeckIsPickedInTheBrowserDeepLinkedAndLaunched() throws Exception {
        String id = "uploaded-" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Uploaded deck " + id;
        var stored = flow.admin("POST", "/api/admin/decks", """
                {"id": "%s", "title": "%s", "estimatedMinutes": 4,
                 "cards": [{"id": "c1", "prompt": "What does CI stand for?", "answer": "Continuous integration.",
                   "level": "beginner"}],
                 "questions": [{"id": "q1", "prompt": "Which runs the tests on every push?",
                   "options": [{"id": "a", "text": "CI"}, {"id": "b", "text": "FTP"}],
                   "correctOptionId": "a", "explanation": "CI builds and tests every change."}]}""".formatted(id, title));
        assertEquals(201, stored.statusCode(), stored.body());

        var launch = flow.launch(deepLinking(INSTRUCTOR, true));
        assertEquals(303, launch.statusCode(), launch.body());
        String location = launch.headers().firstValue("Location").orElseThrow();
        WebDriver browser = chromium();
        try {
            browser.get(location);
            var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(d -> d.findElement(By.id("picker")).isDisplayed());
            var decks = new Select(browser.findElement(By.id("deck")));
            decks.selectByValue(id);
            assertEquals(title, decks.getFirstSelectedOption().getText());
            assertEquals(title, browser.findElement(By.id("title")).getAttribute("value"), "the title follows the deck");
            browser.findElement(By.id("add")).click();
            wait.until(d -> returnedJwt.isDone());
        } finally {
            browser.quit();
        }

        SignedJWT jwt = SignedJWT.parse(returnedJwt.get(5, TimeUnit.SECONDS));
        var jwks = JWKSet.parse(flow.send(HttpRequest.newBuilder(server.uri("/.well-known/jwks.json")).build()).body());
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertTrue(key != null && jwt.verify(new RSASSAVerifier(key)), "signed by a key of Recall's JWKS");
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals("LtiDeepLinkingResponse", claims.getStringClaim(LtiClaims.MESSAGE_TYPE));
        List<Object> items = (List<Object>) claims.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
        assertEquals(1, items.size());
        Map<String, Object> item = (Map<String, Object>) items.get(0);
        assertEquals(title, item.get("title"));
        Map<String, Object> custom = (Map<String, Object>) item.get("custom");
        assertEquals(id, custom.get("deck"), custom.toString());

        // The platform creates the link with the item's custom parameters and sends them in every launch of it.
        String student = flow.session(t -> t.subject("student-" + id).claim(LtiClaims.CUSTOM, custom)
                .claim("https://purl.imsglobal.org/spec/lti/claim/resource_link", Map.of("id", "link-" + id, "title", title)));
        var me = api("GET", "/api/study/session", student, null);
        assertEquals(200, me.statusCode(), me.body());
        var activity = Json.createReader(new StringReader(me.body())).readObject().getJsonObject("activity");
        assertEquals(id, activity.getString("deck"), me.body());
        assertEquals(1, activity.getInt("deckVersion"), me.body());
        assertTrue(activity.getBoolean("configured"), me.body());
        var deck = api("GET", "/api/decks/" + id, student, null);
        assertEquals(200, deck.statusCode(), deck.body());
        assertTrue(deck.body().contains("What does CI stand for?"), deck.body());
    }

    @Test
    void theLinkItCreatesIsSetUpFromItsCustomParametersAtFirstLaunch() {
        String token = flow.session(t -> t.subject("student-dl").claim(LtiClaims.CUSTOM,
                Map.of("deck", "mlops-vs-devops", "modes", "review,quiz", "points", "none", "attempts", "unlimited"))
                .claim("https://purl.imsglobal.org/spec/lti/claim/resource_link", Map.of("id", "dl-link-1", "title", "Practice")));
        var me = api("GET", "/api/study/session", token, null);
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"graded\":false"), me.body());
        assertTrue(me.body().contains("\"configured\":true"), me.body());
    }

    @Test
    void aLearnerCannotAnswerADeepLinkingRequest() {
        String token = LaunchFlow.sessionToken(flow.launch(deepLinking(LEARNER, true))).orElseThrow();
        var answer = api("POST", "/api/deep-linking/response", token, choice(100));
        assertEquals(403, answer.statusCode(), answer.body());
        assertEquals(403, api("GET", "/api/deep-linking", token, null).statusCode());
    }

    @Test
    void aLineItemThePlatformCannotTakeIsRefusedNotSent() {
        String token = LaunchFlow.sessionToken(flow.launch(deepLinking(INSTRUCTOR, false))).orElseThrow();
        var refused = api("POST", "/api/deep-linking/response", token, choice(100));
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("gradebook column"), refused.body());
        var ungraded = api("POST", "/api/deep-linking/response", token, choice(null));
        assertEquals(200, ungraded.statusCode(), ungraded.body());
        assertFalse(ungraded.body().contains("lineItem"));
        var bad = api("POST", "/api/deep-linking/response", token, "{\"deck\":\"no-such-deck\",\"modes\":[\"quiz\"]}");
        assertEquals(400, bad.statusCode(), bad.body());
    }

    @Test
    void anActivityAddedByHandOpensTheSettingsFormForItsFirstInstructor() {
        var launch = flow.launch(t -> t.subject("teacher-1").roles(INSTRUCTOR).without(LtiClaims.CUSTOM)
                .claim("https://purl.imsglobal.org/spec/lti/claim/resource_link", Map.of("id", "by-hand-1", "title", "Cards")));
        String location = launch.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/app/settings.html#session="), location);
        String token = LaunchFlow.sessionToken(launch).orElseThrow();
        var saved = api("PUT", "/api/instructor/activity", token,
                "{\"deck\":\"mlops-vs-devops\",\"modes\":[\"review\",\"quiz\"],\"points\":50,\"attemptsAllowed\":3,\"title\":\"Cards\"}");
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("\"configured\":true") && saved.body().contains("\"points\":50"), saved.body());
        var again = flow.launch(t -> t.subject("teacher-1").roles(INSTRUCTOR).without(LtiClaims.CUSTOM)
                .claim("https://purl.imsglobal.org/spec/lti/claim/resource_link", Map.of("id", "by-hand-1", "title", "Cards")));
        assertTrue(again.headers().firstValue("Location").orElseThrow().contains("/app/study.html#session="));
        String student = flow.session(t -> t.subject("student-x")
                .claim("https://purl.imsglobal.org/spec/lti/claim/resource_link", Map.of("id", "by-hand-1", "title", "Cards")));
        assertEquals(403, api("PUT", "/api/instructor/activity", student, "{}").statusCode());
    }

    private static String choice(Integer points) {
        return "{\"deck\":\"mlops-vs-devops\",\"modes\":[\"review\",\"quiz\"],\"points\":" + points
                + ",\"attempts\":null,\"title\":\"Quiz\"}";
    }

    private HttpResponse<String> api(String method, String path, String token, String body) {
        var request = HttpRequest.newBuilder(server.uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return flow.send(request.build());
    }

    private static WebDriver chromium() throws IOException {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("recall-chromium-"));
        return new ChromeDriver(service, options);
    }

    // ---- Dynamic Registration ----

    private RegistrationEndpoints registrationPlatform(TestPlatform platform) {
        return new RegistrationEndpoints(platform);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFullDynamicRegistrationFromARegistrationLinkIsFollowedByALaunch() throws Exception {
        var registrations = new RegistrationFlow(server, flow);
        try (var platform = TestPlatform.atItsOwnOrigin(server.base())) {
            var endpoints = registrationPlatform(platform);
            String link = registrations.link(false);
            var shown = registrations.start(endpoints, link);
            assertEquals(200, shown.statusCode(), shown.body());
            assertTrue(shown.body().contains(platform.issuer()), shown.body());
            assertTrue(shown.body().contains("4.3 &lt;b&gt;test&lt;/b&gt;"), "platform text is escaped");
            assertFalse(shown.body().contains(RegistrationEndpoints.REGISTRATION_TOKEN), "the registration token stays on the server");
            assertTrue(shown.headers().allValues("Set-Cookie").isEmpty());

            var done = registrations.confirm(shown.body());
            assertEquals(200, done.statusCode(), done.body());
            assertTrue(done.body().contains("/app/js/registration-close.js"), done.body());
            var script = flow.send(HttpRequest.newBuilder(server.uri("/app/js/registration-close.js")).build());
            assertTrue(script.body().contains("org.imsglobal.lti.close") && script.body().contains("'*'"));

            Map<String, Object> registration = JSONObjectUtils.parse(endpoints.received().get(0));
            assertEquals("web", registration.get("application_type"));
            assertEquals("private_key_jwt", registration.get("token_endpoint_auth_method"));
            assertEquals(server.base() + "/lti/login", registration.get("initiate_login_uri"));
            assertEquals(List.of(server.base() + "/lti/launch"), registration.get("redirect_uris"));
            assertEquals(server.base() + "/.well-known/jwks.json", registration.get("jwks_uri"));
            var lti = (Map<String, Object>) registration.get("https://purl.imsglobal.org/spec/lti-tool-configuration");
            assertEquals("LtiDeepLinkingRequest", ((Map<String, Object>) ((List<Object>) lti.get("messages")).get(0)).get("type"));

            assertEquals(410, registrations.confirm(shown.body()).statusCode(), "a confirmation is used once");
            assertEquals("ACTIVE", registrations.platform(platform.issuer()).orElseThrow().getString("status"));

            try (var launches = LaunchFlow.of(server, platform)) {
                var launch = launches.launch(t -> t.subject("after-registration"));
                assertEquals(303, launch.statusCode(), launch.body());
                assertTrue(LaunchFlow.sessionToken(launch).isPresent());
            }
        }
    }

    @Test
    void everyRegistrationFailureIsAClearPageAndStoresNothing() {
        var registrations = new RegistrationFlow(server, flow);
        try (var refusingPlatform = TestPlatform.atItsOwnOrigin(server.base());
                var lyingPlatform = TestPlatform.atItsOwnOrigin(server.base())) {
            var refusing = registrationPlatform(refusingPlatform).answer(401);
            var lying = registrationPlatform(lyingPlatform).override("issuer", "https://elsewhere.example.com");
            var shown = registrations.start(refusing, registrations.link(false), "expired-token", "10.8.9.1");
            assertEquals(200, shown.statusCode(), shown.body());
            var refused = registrations.confirm(shown.body());
            assertEquals(502, refused.statusCode());
            assertTrue(refused.body().contains("Your platform refused Recall"), refused.body());

            var mismatch = registrations.start(lying, null);
            assertEquals(400, mismatch.statusCode());
            assertTrue(mismatch.body().contains("another site"), mismatch.body());

            var unreachable = flow.send(HttpRequest.newBuilder(server.uri(
                    "/lti/register?openid_configuration=" + URLEncoder.encode("http://127.0.0.1:1/none", StandardCharsets.UTF_8)
                            + "&registration_token=x")).build());
            assertEquals(502, unreachable.statusCode());
            assertTrue(unreachable.body().contains("could not read"), unreachable.body());

            var missing = flow.send(HttpRequest.newBuilder(server.uri("/lti/register")).build());
            assertEquals(400, missing.statusCode());

            for (var body : List.of(refused.body(), mismatch.body(), unreachable.body(), missing.body())) {
                assertFalse(body.contains("Exception") || body.contains("\tat "), body);
            }
            var list = flow.admin("GET", "/api/admin/platforms", null).body();
            assertFalse(list.contains(refusingPlatform.issuer()) || list.contains(lyingPlatform.issuer()), list);
        }
    }

    // ---- lti-config ----

    @Test
    @SuppressWarnings("unchecked")
    void theCanvasJsonPointsAtTheBaseUrl() throws Exception {
        var response = flow.send(HttpRequest.newBuilder(server.uri("/lti/config/canvas.json")).build());
        assertEquals(200, response.statusCode());
        Map<String, Object> json = JSONObjectUtils.parse(response.body());
        var urls = new ArrayList<String>();
        collectUrls(json, urls);
        assertTrue(urls.size() >= 5, urls.toString());
        for (String url : urls) {
            assertTrue(url.startsWith(server.base() + "/"), url);
        }
        var placements = (List<Object>) ((Map<String, Object>) ((Map<String, Object>) ((List<Object>) json.get("extensions"))
                .get(0)).get("settings")).get("placements");
        assertEquals(2, placements.size());
    }

    @SuppressWarnings("unchecked")
    private static void collectUrls(Object value, List<String> urls) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (v instanceof String s && (k.toString().endsWith("_url") || k.toString().endsWith("_uri"))) {
                    urls.add(s);
                } else {
                    collectUrls(v, urls);
                }
            });
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collectUrls(v, urls));
        }
    }

    @Test
    void everyRecallUrlTheGuidesNameExists() throws IOException {
        Pattern url = Pattern.compile("https://recall\\.example\\.edu(/[^\\s`'\"<>)|]*)");
        Set<String> paths = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("lti-config"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                Matcher m = url.matcher(Files.readString(file));
                while (m.find()) {
                    paths.add(m.group(1).replaceAll("[.,;:]+$", "").replace("{id}", "1"));
                }
            }
        }
        assertTrue(paths.containsAll(List.of("/lti/login", "/lti/launch", "/.well-known/jwks.json", "/lti/register")), paths.toString());
        for (String path : paths) {
            int status = flow.send(HttpRequest.newBuilder(server.uri(path)).build()).statusCode();
            assertNotEquals(404, status, path);
        }
    }
}
