package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recall.testplatform.RegistrationEndpoints;
import org.recall.testplatform.TestPlatform;

/**
 * Who may register a platform (issue 17, finding 1), against a running Recall: a stranger's dynamic
 * registration waits for the administrator's approval and cannot launch; a registration from the
 * administrator's one-time link is active at once, once; no dynamic registration changes an existing
 * platform; endpoints on another site need the administrator's word; registrations hold no request thread.
 */
@ExtendWith(RecallServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationIT {

    private RecallServer server;
    private LaunchFlow admin;
    private RegistrationFlow registrations;

    @BeforeAll
    void setUp(RecallServer server) {
        this.server = server;
        this.admin = LaunchFlow.register(server);
        this.registrations = new RegistrationFlow(server, admin);
    }

    @AfterAll
    void close() {
        admin.close();
    }

    @Test
    void aStrangersRegistrationWaitsForApprovalAndCannotLaunchUntilApproved() {
        try (var platform = TestPlatform.atItsOwnOrigin(server.base());
                var launches = LaunchFlow.of(server, platform)) {
            var endpoints = new RegistrationEndpoints(platform);
            var shown = registrations.start(endpoints, null);
            assertEquals(200, shown.statusCode(), shown.body());
            assertTrue(shown.body().contains("administrator must approve"), shown.body());
            var done = registrations.confirm(shown.body());
            assertEquals(200, done.statusCode(), done.body());
            assertTrue(done.body().contains("waits for approval"), done.body());
            var listed = registrations.platform(platform.issuer()).orElseThrow();
            assertEquals("PENDING", listed.getString("status"));

            // The attack: launch as an Instructor of the platform one has just registered oneself.
            var login = launches.login();
            assertEquals(403, login.status(), login.body());
            assertTrue(login.body().contains("waits for approval by Recall"), login.body());
            assertTrue(login.authorizationUri() == null && login.cookie() == null, "nothing handed out");

            var approved = registrations.approve(listed.getJsonNumber("id").longValue(), false);
            assertEquals(200, approved.statusCode(), approved.body());
            assertTrue(approved.body().contains("\"status\":\"ACTIVE\""), approved.body());
            assertEquals(303, launches.launch(t -> t.subject("after-approval")).statusCode());
        }
    }

    @Test
    void anAdministratorApprovesOnTheAdminPageAndMakesALink() {
        try (var platform = TestPlatform.atItsOwnOrigin(server.base()); var browser = Browser.start()) {
            var shown = registrations.start(new RegistrationEndpoints(platform), null);
            assertEquals(200, registrations.confirm(shown.body()).statusCode());

            browser.open(server.base() + "/admin");
            browser.waitFor(By.id("token")).sendKeys(RecallServer.ADMIN_TOKEN);
            browser.driver().findElement(By.cssSelector("#login button[type=submit]")).click();
            browser.waitForText(By.id("platforms"), platform.issuer());
            browser.waitForText(By.id("plain-registration-url"), server.base() + "/lti/register");
            browser.assertAccessible("admin page with a pending registration");
            var approve = browser.waitFor(By.cssSelector("button[aria-label^='Approve platform " + platform.issuer() + " ']"));
            assertTrue(approve.findElement(By.xpath("..")).getText().contains("pending: waits for your approval"));
            approve.click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
            browser.waitForText(By.id("status"), "Platform " + platform.issuer() + " approved.");
            assertEquals("ACTIVE", registrations.platform(platform.issuer()).orElseThrow().getString("status"));

            browser.driver().findElement(By.id("link-label")).sendKeys("Moodle of the chemistry faculty");
            browser.driver().findElement(By.cssSelector("#new-link button[type=submit]")).click();
            String link = browser.waitForText(By.id("new-link-value"), server.base() + "/lti/register/").getText();
            browser.waitForText(By.id("links"), "Moodle of the chemistry faculty");
            browser.screenshots("admin-registration-links");
            try (var linked = TestPlatform.atItsOwnOrigin(server.base())) {
                var fromLink = registrations.start(new RegistrationEndpoints(linked), link);
                assertEquals(200, registrations.confirm(fromLink.body()).statusCode());
                assertEquals("ACTIVE", registrations.platform(linked.issuer()).orElseThrow().getString("status"));
            }
        }
    }

    @Test
    void aRegistrationLinkIsActiveAtOnceAndServesOneRegistration() {
        try (var first = TestPlatform.atItsOwnOrigin(server.base());
                var second = TestPlatform.atItsOwnOrigin(server.base())) {
            String link = registrations.link(false);
            var shown = registrations.start(new RegistrationEndpoints(first), link);
            assertTrue(shown.body().contains("registration link of Recall's administrator"), shown.body());
            assertEquals(200, registrations.confirm(shown.body()).statusCode());
            assertEquals("ACTIVE", registrations.platform(first.issuer()).orElseThrow().getString("status"));

            var reused = registrations.start(new RegistrationEndpoints(second), link);
            assertEquals(410, reused.statusCode(), reused.body());
            assertTrue(reused.body().contains("expired or was already used"), reused.body());

            var revokedLink = registrations.newLink(false);
            String revoked = revokedLink.getString("url");
            var links = admin.admin("GET", "/api/admin/registration-links", null).body();
            assertFalse(links.contains(revoked.substring(revoked.lastIndexOf('/') + 1)), "a link's secret is shown once");
            assertEquals(204, admin.admin("DELETE", "/api/admin/registration-links/"
                    + revokedLink.getJsonNumber("id").longValue(), null).statusCode());
            assertEquals(410, registrations.start(new RegistrationEndpoints(second), revoked).statusCode());
            assertEquals(410, registrations.start(new RegistrationEndpoints(second),
                    server.uri("/lti/register/not-a-link").toString()).statusCode());
            assertTrue(registrations.platform(second.issuer()).isEmpty());
        }
    }

    @Test
    void aDynamicRegistrationNeverChangesAnExistingPlatform() {
        try (var victim = TestPlatform.atItsOwnOrigin(server.base());
                var attacker = TestPlatform.atItsOwnOrigin(server.base());
                var victimLaunches = LaunchFlow.of(server, victim)) {
            var created = admin.admin("POST", "/api/admin/platforms", """
                    {"issuer": "%s", "clientId": "%s", "authorizationEndpoint": "%s", "tokenEndpoint": "%s",
                     "jwksUri": "%s", "deploymentIds": ["%s"]}""".formatted(victim.issuer(), TestPlatform.CLIENT_ID,
                    victim.uri("/auth"), victim.uri("/token"), victim.uri("/jwks"), TestPlatform.DEPLOYMENT_ID));
            assertEquals(201, created.statusCode(), created.body());

            // A JSON document on the victim's site names the victim's issuer and client id, and the attacker's keys.
            var forged = new RegistrationEndpoints(victim).override("jwks_uri", attacker.uri("/jwks").toString())
                    .override("authorization_endpoint", attacker.uri("/auth").toString());
            var shown = registrations.start(forged, registrations.link(true));
            assertEquals(200, shown.statusCode(), shown.body());
            var refused = registrations.confirm(shown.body());
            assertEquals(409, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("never changes an existing one"), refused.body());

            var stored = registrations.platform(victim.issuer()).orElseThrow();
            assertEquals(victim.uri("/jwks").toString(), stored.getString("jwksUri"));
            assertEquals(victim.uri("/auth").toString(), stored.getString("authorizationEndpoint"));
            assertEquals(303, victimLaunches.launch(t -> t.subject("still-the-victim")).statusCode());
            var forgedLaunch = victimLaunches.launch(t -> t.subject("attacker").signWith(attacker.signingKey()));
            assertEquals(401, forgedLaunch.statusCode(), forgedLaunch.body());

            // A registration endpoint elsewhere is not even called without a link that allows other sites.
            forged.override("registration_endpoint", attacker.uri("/register").toString());
            var notCalled = registrations.start(forged, null);
            assertEquals(400, notCalled.statusCode(), notCalled.body());
            assertTrue(notCalled.body().contains("registration endpoint is on another site"), notCalled.body());
        }
    }

    @Test
    void endpointsOnAnotherSiteNeedTheAdministratorsWord() {
        try (var platform = TestPlatform.atItsOwnOrigin(server.base());
                var keys = TestPlatform.atItsOwnOrigin(server.base());
                var allowed = TestPlatform.atItsOwnOrigin(server.base())) {
            var endpoints = new RegistrationEndpoints(platform).override("jwks_uri", keys.uri("/jwks").toString());
            // Even from a link: a link that does not allow other sites leaves the registration pending.
            var shown = registrations.start(endpoints, registrations.link(false));
            assertTrue(shown.body().contains("jwks_uri"), shown.body());
            assertEquals(200, registrations.confirm(shown.body()).statusCode());
            var pending = registrations.platform(platform.issuer()).orElseThrow();
            assertEquals("PENDING", pending.getString("status"));
            assertEquals("[\"jwksUri\"]", pending.getJsonArray("endpointsElsewhere").toString());

            long id = pending.getJsonNumber("id").longValue();
            var refused = registrations.approve(id, false);
            assertEquals(409, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("\"field\":\"allowOtherOrigins\""), refused.body());
            assertEquals(200, registrations.approve(id, true).statusCode());

            var fromAllowingLink = registrations.start(new RegistrationEndpoints(allowed)
                    .override("jwks_uri", keys.uri("/jwks").toString()), registrations.link(true));
            assertEquals(200, registrations.confirm(fromAllowingLink.body()).statusCode());
            assertEquals("ACTIVE", registrations.platform(allowed.issuer()).orElseThrow().getString("status"));
        }
    }

    @Test
    void slowPlatformsHoldNoRequestThreadAndOnlyAFewRegistrationsRunAtOnce() throws Exception {
        List<TestPlatform> platforms = new ArrayList<>();
        try {
            var slow = new ArrayList<CompletableFuture<HttpResponse<String>>>();
            for (int i = 0; i < 4; i++) {
                var platform = TestPlatform.atItsOwnOrigin(server.base());
                platforms.add(platform);
                var endpoints = new RegistrationEndpoints(platform).slowConfiguration(Duration.ofSeconds(8));
                slow.add(CompletableFuture.supplyAsync(() -> registrations.start(endpoints, null, "t", "10.9.0." + slow.size())));
            }
            var extra = TestPlatform.atItsOwnOrigin(server.base());
            platforms.add(extra);
            // Wait until the four hold every registration slot, then a fifth is turned away at once.
            HttpResponse<String> busy = null;
            for (int i = 0; i < 100 && (busy == null || busy.statusCode() != 503); i++) {
                busy = registrations.start(new RegistrationEndpoints(extra), null, "t", "10.9.1." + i);
                if (busy.statusCode() != 503) {
                    Thread.sleep(50);
                }
            }
            assertEquals(503, busy.statusCode(), busy.body());
            assertTrue(busy.headers().firstValue("Retry-After").isPresent());
            assertTrue(slow.stream().anyMatch(f -> !f.isDone()), "the slow registrations still run");
            var health = admin.send(HttpRequest.newBuilder(server.uri("/health")).build());
            assertEquals(200, health.statusCode(), "other requests are served meanwhile");
            for (var done : slow) {
                assertEquals(200, done.get().statusCode());
            }
        } finally {
            platforms.forEach(TestPlatform::close);
        }
    }

    @Test
    void registrationStartsFromOneAddressAreRateLimited() {
        try (var platform = TestPlatform.atItsOwnOrigin(server.base())) {
            var endpoints = new RegistrationEndpoints(platform);
            HttpResponse<String> last = null;
            for (int i = 0; i < 40 && (last == null || last.statusCode() != 429); i++) {
                last = registrations.start(endpoints, null, "t", "10.9.2.1");
            }
            assertEquals(429, last.statusCode(), last.body());
            assertTrue(last.headers().firstValue("Retry-After").orElseThrow().matches("\\d+"));
            assertEquals(200, registrations.start(endpoints, null, "t", "10.9.2.2").statusCode(), "another address is served");
        }
    }
}
