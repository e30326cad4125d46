package org.recall.lti.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.recall.lti.Platform;
import org.recall.lti.launch.LaunchError;
import org.recall.lti.launch.LaunchException;
import org.recall.testplatform.InMemoryLoginStateStore;
import org.recall.testplatform.InMemoryPlatformRegistry;

class LoginInitiationTest {

    private static final URI BASE = URI.create("https://recall.test");
    private static final Platform MOODLE = new Platform(1, "https://moodle.test", "client-1",
            URI.create("https://moodle.test/mod/lti/auth.php"), URI.create("https://moodle.test/mod/lti/token.php"),
            URI.create("https://moodle.test/mod/lti/certs.php"), java.util.Set.of("1"));

    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryPlatformRegistry registry = new InMemoryPlatformRegistry(MOODLE);
    private final InMemoryLoginStateStore states = new InMemoryLoginStateStore(clock);
    private final LoginInitiation login = new LoginInitiation(registry, states, clock);

    private Map<String, String> request() {
        Map<String, String> request = new HashMap<>();
        request.put("iss", "https://moodle.test");
        request.put("login_hint", "2");
        request.put("target_link_uri", "https://recall.test/lti/launch");
        request.put("lti_message_hint", "{\"cmid\":7}");
        request.put("client_id", "client-1");
        request.put("lti_deployment_id", "1");
        return request;
    }

    @Test
    void redirectCarriesEveryRequiredParameter() throws Exception {
        LoginRedirect redirect = login.initiate(request(), BASE);
        Map<String, String> query = query(redirect.authorizationUri());

        assertTrue(redirect.authorizationUri().toString().startsWith("https://moodle.test/mod/lti/auth.php?"));
        assertEquals("openid", query.get("scope"));
        assertEquals("id_token", query.get("response_type"));
        assertEquals("form_post", query.get("response_mode"));
        assertEquals("none", query.get("prompt"));
        assertEquals("client-1", query.get("client_id"));
        assertEquals("https://recall.test/lti/launch", query.get("redirect_uri"));
        assertEquals("2", query.get("login_hint"));
        assertEquals("{\"cmid\":7}", query.get("lti_message_hint"));
        assertEquals(redirect.state(), query.get("state"));
        assertTrue(query.get("nonce").length() >= 22, "at least 128 bits");
        assertNotEquals(query.get("state"), query.get("nonce"));
        assertFalse(redirect.platformStorageRequested());
    }

    @Test
    void aRegistrationWaitingForApprovalLogsNobodyInAndStoresNothing() {
        var pending = new Platform(2, "https://pending.test", "client-2", URI.create("https://pending.test/auth"),
                URI.create("https://pending.test/token"), URI.create("https://pending.test/jwks"), java.util.Set.of("1"), false);
        var login = new LoginInitiation(new InMemoryPlatformRegistry(pending), states, clock);
        var request = request();
        request.put("iss", "https://pending.test");
        request.put("client_id", "client-2");
        var refused = assertThrows(LaunchException.class, () -> login.initiate(request, BASE));
        assertEquals(LaunchError.PLATFORM_PENDING, refused.error());
        assertEquals(403, refused.httpStatus());
    }

    @Test
    void savesStateWithNonceTargetAndTenMinuteExpiry() throws Exception {
        LoginRedirect redirect = login.initiate(request(), BASE);
        LoginState saved = states.consume(redirect.state()).orElseThrow();

        assertEquals(query(redirect.authorizationUri()).get("nonce"), saved.nonce());
        assertEquals(1, saved.platformId());
        assertEquals(URI.create("https://recall.test/lti/launch"), saved.targetLinkUri());
        assertEquals(clock.instant().plus(Duration.ofMinutes(10)), saved.expiresAt());
    }

    @Test
    void omitsMessageHintWhenNotSentAndReportsPlatformStorage() throws Exception {
        Map<String, String> request = request();
        request.remove("lti_message_hint");
        request.put("lti_storage_target", "_parent");
        LoginRedirect redirect = login.initiate(request, BASE);

        assertFalse(query(redirect.authorizationUri()).containsKey("lti_message_hint"));
        assertEquals("_parent", redirect.storageTarget().orElseThrow());
    }

    @Test
    void findsTheOnlyRegistrationWhenClientIdIsNotSent() throws Exception {
        Map<String, String> request = request();
        request.remove("client_id");
        assertEquals("client-1", query(login.initiate(request, BASE).authorizationUri()).get("client_id"));
    }

    @Test
    void refusesIssuerWithSeveralRegistrationsAndNoClientId() {
        registry.add(new Platform(2, "https://moodle.test", "client-2", MOODLE.authorizationEndpoint(),
                MOODLE.tokenEndpoint(), MOODLE.jwksUri(), java.util.Set.of("2")));
        Map<String, String> request = request();
        request.remove("client_id");
        assertRefused(request, LaunchError.UNKNOWN_ISSUER);
    }

    @Test
    void refusesUnknownIssuer() {
        Map<String, String> request = request();
        request.put("iss", "https://unknown.test");
        assertRefused(request, LaunchError.UNKNOWN_ISSUER);
    }

    @Test
    void refusesMissingLoginHint() {
        Map<String, String> request = request();
        request.remove("login_hint");
        assertRefused(request, LaunchError.LOGIN_HINT_MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.test/lti/launch", "http://recall.test/lti/launch",
            "https://recall.test:8443/lti/launch", "https://recall.test.evil.test/x", "//evil.test/x",
            "/relative", "javascript:alert(1)", "https://user@recall.test/x", ""})
    void refusesForeignTargetLinkUri(String target) {
        Map<String, String> request = request();
        request.put("target_link_uri", target);
        assertRefused(request, LaunchError.TARGET_LINK_URI_FOREIGN);
        assertEquals(0, states.size());
    }

    @Test
    void acceptsExplicitDefaultPort() throws Exception {
        Map<String, String> request = request();
        request.put("target_link_uri", "https://recall.test:443/lti/launch?deck=1");
        assertTrue(login.initiate(request, BASE).state().length() >= 22);
    }

    private void assertRefused(Map<String, String> request, LaunchError expected) {
        LaunchException e = assertThrows(LaunchException.class, () -> login.initiate(request, BASE));
        assertEquals(expected, e.error());
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(decode(parts[0]), decode(parts[1]));
        }
        return parameters;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
