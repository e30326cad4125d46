package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recall.lti.claims.LtiClaims;
import org.recall.lti.claims.ResourceLinkClaim;
import org.recall.testplatform.IdTokenBuilder;
import org.recall.testplatform.TestPlatform;

/**
 * LTI launches against a running Recall, over HTTP, as a platform and a browser make them. Every bad
 * launch answers a 4xx page that says what went wrong, and opens no study session.
 */
@ExtendWith(RecallServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LaunchIT {

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

    @Test
    void aValidLaunchOpensAStudySessionWithoutCookies() {
        var response = flow.launch(t -> t.subject("student-ok"));
        assertEquals(303, response.statusCode(), response.body());
        String token = LaunchFlow.sessionToken(response).orElseThrow();
        assertTrue(response.headers().firstValue("Location").orElseThrow().contains("/app/study.html#session="));

        // The LMS frames the launch and the study page from its own origin: nothing may forbid that.
        assertTrue(response.headers().firstValue("X-Frame-Options").isEmpty(), "launch framed by the LMS");
        var page = flow.send(HttpRequest.newBuilder(server.uri("/app/study.html")).build());
        assertTrue(page.headers().firstValue("X-Frame-Options").isEmpty(), "study page framed by the LMS");
        assertFalse(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors"));

        var me = flow.send(HttpRequest.newBuilder(server.uri("/api/study/session"))
                .header("Authorization", "Bearer " + token).build());
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("Camille Martin"), me.body());
    }

    @Test
    void loginRedirectCarriesEveryParameterTheSpecRequires() {
        var login = flow.login();
        assertEquals(302, login.status(), login.body());
        var query = LaunchFlow.query(login.authorizationUri());
        assertEquals("id_token", query.get("response_type"));
        assertEquals("form_post", query.get("response_mode"));
        assertEquals("openid", query.get("scope"));
        assertEquals("none", query.get("prompt"));
        assertEquals(TestPlatform.CLIENT_ID, query.get("client_id"));
        assertEquals(server.base() + "/lti/launch", query.get("redirect_uri"));
        assertEquals("2", query.get("login_hint"));
        assertEquals("{\"cmid\":7,\"launchid\":\"ltilaunch1\"}", query.get("lti_message_hint"));
        assertTrue(query.get("state").length() >= 22 && query.get("nonce").length() >= 22);
        assertTrue(login.cookie().startsWith("lti_state_" + query.get("state")));
    }

    @Test
    void aReplayedLaunchIsRefused() {
        var login = flow.login();
        String token = flow.platform().idToken().nonce(login.nonce()).sign();
        assertEquals(303, flow.post(login, token, login.state(), login.cookie()).statusCode());
        var replay = flow.post(login, token, login.state(), login.cookie());
        assertEquals(401, replay.statusCode());
        assertTrue(replay.body().contains("Go back to your course"), replay.body());
    }

    @Test
    void aBrowserThatLostTheStateIsOfferedANewWindow() {
        var login = flow.login();
        var response = flow.post(login, flow.platform().idToken().nonce(login.nonce()).sign(), login.state(), null);
        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("Open the activity in a new window"), response.body());
        assertTrue(response.body().contains("/lti/login/again/" + login.state()), response.body());

        // The new window starts the same login again, with a fresh state, and that launch works.
        var again = flow.send(HttpRequest.newBuilder(server.uri("/lti/login/again/" + login.state())).build());
        assertEquals(302, again.statusCode(), again.body());
        var query = LaunchFlow.query(java.net.URI.create(again.headers().firstValue("Location").orElseThrow()));
        String cookie = again.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        var retried = flow.post(login, flow.platform().idToken().nonce(query.get("nonce")).sign(), query.get("state"), cookie);
        assertEquals(303, retried.statusCode(), retried.body());
    }

    @Test
    void aForeignTargetLinkUriIsRefusedAtLogin() {
        var login = flow.login(Map.of("target_link_uri", "https://evil.example/steal"));
        assertEquals(400, login.status());
        assertTrue(login.authorizationUri() == null);
        assertTrue(login.body().contains("outside Recall"), login.body());
    }

    @Test
    void anUnknownIssuerIsRefusedAtLogin() {
        var login = flow.login(Map.of("iss", "https://unknown.example"));
        assertEquals(403, login.status());
        assertTrue(login.body().contains("not registered"), login.body());
    }

    /** Bad launches, each refused with a 4xx page naming what to do, none opening a session. */
    Stream<Arguments> badLaunches() {
        UnaryOperator<IdTokenBuilder> expired = t -> t.issuedAt(Instant.now().minusSeconds(600)).expiresAt(Instant.now().minusSeconds(300));
        return Stream.of(
                Arguments.of("expired", expired, 401),
                Arguments.of("issued in the future", (UnaryOperator<IdTokenBuilder>) t -> t.issuedAt(Instant.now().plusSeconds(600)).expiresAt(Instant.now().plusSeconds(900)), 401),
                Arguments.of("wrong aud", (UnaryOperator<IdTokenBuilder>) t -> t.claim("aud", "someone-else"), 403),
                Arguments.of("several aud without azp", (UnaryOperator<IdTokenBuilder>) t -> t.claim("aud", List.of(TestPlatform.CLIENT_ID, "other")), 401),
                Arguments.of("unknown deployment", (UnaryOperator<IdTokenBuilder>) t -> t.claim(LtiClaims.DEPLOYMENT_ID, "99"), 403),
                Arguments.of("wrong version", (UnaryOperator<IdTokenBuilder>) t -> t.claim(LtiClaims.VERSION, "1.1"), 400),
                Arguments.of("unknown message type", (UnaryOperator<IdTokenBuilder>) t -> t.messageType("LtiFooRequest"), 400),
                Arguments.of("missing resource link id", (UnaryOperator<IdTokenBuilder>) t -> t.without(ResourceLinkClaim.CLAIM, "id"), 400),
                Arguments.of("missing sub", (UnaryOperator<IdTokenBuilder>) t -> t.without("sub"), 400),
                Arguments.of("missing roles", (UnaryOperator<IdTokenBuilder>) t -> t.without(LtiClaims.ROLES), 400),
                Arguments.of("signed by another key with the same kid", (UnaryOperator<IdTokenBuilder>) t -> t.signWith(otherKey()).kid(flow.platform().signingKey().getKeyID()), 401),
                Arguments.of("deep linking without settings", (UnaryOperator<IdTokenBuilder>) t -> t.messageType("LtiDeepLinkingRequest"), 400),
                Arguments.of("javascript: deep_link_return_url", (UnaryOperator<IdTokenBuilder>) t -> t.deepLinkingRequest()
                        .claim(org.recall.lti.claims.DeepLinkingSettingsClaim.CLAIM, Map.of("deep_link_return_url",
                                "javascript:fetch('/api/deep-linking').then(r=>r.text()).then(alert)",
                                "accept_types", List.of("ltiResourceLink"))), 400),
                Arguments.of("PS256 header on an RS256 key", (UnaryOperator<IdTokenBuilder>) t -> t.header(JWSAlgorithm.PS256), 401),
                Arguments.of("missing exp", (UnaryOperator<IdTokenBuilder>) t -> t.without("exp"), 400),
                Arguments.of("missing iat", (UnaryOperator<IdTokenBuilder>) t -> t.without("iat"), 400),
                Arguments.of("not valid before a future nbf", (UnaryOperator<IdTokenBuilder>) t -> t.claim("nbf", Instant.now().plusSeconds(600).getEpochSecond()), 401),
                Arguments.of("azp not ours", (UnaryOperator<IdTokenBuilder>) t -> t.claim("aud", List.of(TestPlatform.CLIENT_ID, "other")).claim("azp", "other"), 403),
                Arguments.of("missing deployment id", (UnaryOperator<IdTokenBuilder>) t -> t.without(LtiClaims.DEPLOYMENT_ID), 400),
                Arguments.of("missing message type", (UnaryOperator<IdTokenBuilder>) t -> t.without(LtiClaims.MESSAGE_TYPE), 400),
                Arguments.of("missing target link uri", (UnaryOperator<IdTokenBuilder>) t -> t.without(LtiClaims.TARGET_LINK_URI), 400),
                Arguments.of("foreign target link uri", (UnaryOperator<IdTokenBuilder>) t -> t.claim(LtiClaims.TARGET_LINK_URI, "https://evil.example/steal"), 400),
                Arguments.of("missing nonce", (UnaryOperator<IdTokenBuilder>) t -> t.without("nonce"), 400),
                Arguments.of("issuer of another platform", (UnaryOperator<IdTokenBuilder>) t -> t.claim("iss", "https://other-lms.example"), 403),
                Arguments.of("unknown kid", (UnaryOperator<IdTokenBuilder>) t -> t.kid("no-such-key"), 401));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLaunches")
    void badLaunchIsRefused(String name, UnaryOperator<IdTokenBuilder> breakIt, int status) {
        var response = flow.launch(t -> breakIt.apply(t.subject("bad-" + name.replace(' ', '-'))));
        assertEquals(status, response.statusCode(), name + ": " + response.body());
        assertTrue(LaunchFlow.sessionToken(response).isEmpty(), name + " opened a session");
        assertTrue(response.body().contains("role=\"alert\""), response.body());
        assertFalse(response.body().contains("Exception"), "no stack trace: " + response.body());
    }

    /**
     * Login CSRF through the platform storage field (issue 17, finding 5): an attacker's own id_token and state,
     * posted by the victim's browser without the state cookie, with a "value read from platform storage".
     * Refused unless the login offered platform storage, the value is that login's, and Recall's own page posts it.
     */
    Stream<Arguments> forgedStoredStates() {
        String own = server.base().toString();
        return Stream.of(
                Arguments.of("stored state for a login that offered no platform storage", false, "state", own, 401),
                Arguments.of("stored state posted by another site", true, "proof", "https://attacker.example", 401),
                Arguments.of("the state itself as the stored value", true, "state", own, 401),
                Arguments.of("the login's stored value, posted by Recall's storage page", true, "proof", own, 303));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedStoredStates")
    void aStoredStateCountsOnlyFromItsOwnLoginAndPage(String name, boolean storageOffered, String value, String origin,
            int status) {
        var login = flow.login(storageOffered ? Map.of("lti_storage_target", "_parent") : Map.of());
        String state;
        String nonce;
        String proof = null;
        if (storageOffered) {
            assertEquals(200, login.status(), login.body());
            var next = LaunchFlow.query(java.net.URI.create(attribute(login.body(), "data-next")));
            state = next.get("state");
            nonce = next.get("nonce");
            proof = attribute(login.body(), "data-value");
        } else {
            state = login.state();
            nonce = login.nonce();
        }
        String token = flow.platform().idToken().subject("attacker").nonce(nonce).sign();
        var response = flow.postForm(Map.of("id_token", token, "state", state,
                "platform_storage_state", value.equals("proof") ? proof : state), "Origin", origin);
        assertEquals(status, response.statusCode(), name + ": " + response.body());
        assertEquals(status == 303, LaunchFlow.sessionToken(response).isPresent(), name);
    }

    private static String attribute(String page, String name) {
        var m = java.util.regex.Pattern.compile(name + "=\"([^\"]*)\"").matcher(page);
        if (!m.find()) {
            throw new AssertionError(name + " not in " + page);
        }
        return m.group(1).replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'");
    }

    @Test
    void anUnreachablePlatformKeySetAnswers502WithinTheTimeout() {
        try (var slow = LaunchFlow.register(server)) {
            slow.platform().respondSlowly(java.time.Duration.ofSeconds(10));
            long start = System.nanoTime();
            var response = slow.launch(t -> t.subject("slow-jwks"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(502, response.statusCode(), response.body());
            assertTrue(response.body().contains("could not reach your course platform"), response.body());
            assertTrue(millis < 8_000, "the launch waited " + millis + " ms");
            assertTrue(LaunchFlow.sessionToken(response).isEmpty());
        }
    }

    @Test
    void forgedTokensAreRefused() {
        var login = flow.login();
        String none = flow.platform().idToken().nonce(login.nonce()).unsigned();
        assertEquals(401, flow.post(login, none, login.state(), login.cookie()).statusCode());

        login = flow.login();
        byte[] publicKeyAsSecret = flow.platform().signingKey().toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
        String hmac = flow.platform().idToken().nonce(login.nonce()).signHmac(publicKeyAsSecret);
        assertEquals(401, flow.post(login, hmac, login.state(), login.cookie()).statusCode());

        login = flow.login();
        assertEquals(400, flow.post(login, "not.a.token", login.state(), login.cookie()).statusCode());
        login = flow.login();
        String valid = flow.platform().idToken().nonce(login.nonce()).sign();
        assertEquals(400, flow.post(login, valid.substring(0, valid.length() / 2), login.state(), login.cookie()).statusCode());
        login = flow.login();
        assertEquals(400, flow.post(login, "a".repeat(70_000), login.state(), login.cookie()).statusCode());
    }

    @Test
    void stateAlteredOrFromAnotherBrowserIsRefused() {
        var login = flow.login();
        String token = flow.platform().idToken().nonce(login.nonce()).sign();
        var other = flow.login();
        // another browser: it holds the cookie of its own login, not of this one
        assertEquals(401, flow.post(login, token, login.state(), other.cookie()).statusCode());
        // altered state
        assertEquals(401, flow.post(login, token, login.state() + "x", login.cookie().replace("=1", "x=1")).statusCode());
    }

    @Test
    void theJwksIsFetchedOnceForManyLaunches() {
        // A platform of its own: the forgeries of the other tests make Recall refetch the shared one's keys.
        try (var own = LaunchFlow.register(server)) {
            for (int i = 0; i < 10; i++) {
                assertEquals(303, own.launch(t -> t.subject("many")).statusCode());
            }
            assertEquals(1, own.platform().jwksRequests());
        }
    }

    @Test
    void aPlatformKeyRotationIsAcceptedWithoutRestart() {
        try (var own = LaunchFlow.register(server)) {
            assertEquals(303, own.launch(t -> t.subject("rot")).statusCode());
            own.platform().rotateKey();
            assertEquals(303, own.launch(t -> t.subject("rot")).statusCode());
            assertEquals(2, own.platform().jwksRequests());
        }
    }

    private static com.nimbusds.jose.jwk.RSAKey otherKey() {
        try {
            return new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
