package org.recall.lti.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.recall.testplatform.Misbehaving;
import org.recall.testplatform.TestPlatform;

/** Dynamic registration's fetches are bounded in size and time (issue 17, finding 7). */
class RegistrationClientTest {

    @Test
    void aHugeOrSlowOpenIdConfigurationFailsWithinTheBounds() {
        var sent = new AtomicLong();
        try (var lms = TestPlatform.atItsOwnOrigin(java.net.URI.create("http://localhost:8080"))) {
            lms.handle("/huge", Misbehaving.huge(768L * 1024 * 1024, "application/json", sent));
            lms.handle("/slow", Misbehaving.slow(Duration.ofMillis(200), 10_000));
            var client = new RegistrationClient(Duration.ofSeconds(1));
            long start = System.nanoTime();
            var huge = assertThrows(RegistrationFailed.class, () -> client.configuration(lms.uri("/huge"), true));
            assertEquals(RegistrationFailed.UNREACHABLE, huge.getMessage());
            assertTrue(sent.get() < 32L * 1024 * 1024, "sent " + sent.get());
            var slow = assertThrows(RegistrationFailed.class, () -> client.configuration(lms.uri("/slow"), true));
            assertEquals(502, slow.status());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
        }
    }

    @Test
    void aConfigurationServedAsTextHtmlIsReadByItsBody() throws Exception {
        try (var lms = TestPlatform.atItsOwnOrigin(java.net.URI.create("http://localhost:8080"))) {
            lms.handle("/openid-configuration", exchange -> {
                String issuer = lms.issuer();
                byte[] body = ("{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/auth\","
                        + "\"token_endpoint\":\"" + issuer + "/token\",\"jwks_uri\":\"" + issuer + "/jwks\","
                        + "\"registration_endpoint\":\"" + issuer + "/register\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            });
            var configuration = new RegistrationClient().configuration(lms.uri("/openid-configuration"), true);
            assertEquals(lms.issuer(), configuration.issuer());
        }
    }
}
