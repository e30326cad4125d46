package org.recall.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recall.lti.claims.MessageType;
import org.recall.lti.claims.Role;
import org.recall.testplatform.TestPlatform;

class LaunchValidatorTest {

    private final LaunchFixture fixture = new LaunchFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void acceptsMoodleResourceLinkLaunch() throws Exception {
        LaunchFixture.Login login = fixture.login();
        Launch launch = fixture.launch(login, fixture.idToken(login).sign());

        assertEquals(MessageType.RESOURCE_LINK, launch.messageType());
        assertEquals(fixture.platform.platform(), launch.platform());
        assertEquals(TestPlatform.DEPLOYMENT_ID, launch.deploymentId());
        assertEquals("2", launch.subject());
        assertEquals("Camille Martin", launch.name().orElseThrow());
        assertEquals("camille@example.org", launch.email().orElseThrow());
        assertEquals(Set.of(Role.LEARNER), launch.roles());
        assertEquals("42", launch.context().orElseThrow().id());
        assertEquals("FR101", launch.context().orElseThrow().label().orElseThrow());
        assertEquals("7", launch.resourceLink().orElseThrow().id());
        assertEquals("fr", launch.locale().orElseThrow());
        assertTrue(launch.returnUrl().orElseThrow().toString().startsWith("https://moodle.test/mod/lti/return.php"));
        assertEquals("french-verbs", launch.custom().get("deck"));
        assertEquals(4, launch.gradeService().orElseThrow().scopes().size());
        assertTrue(launch.gradeService().orElseThrow().lineItem().isPresent());
        assertTrue(launch.rosterService().orElseThrow().contextMembershipsUrl().toString().endsWith("/memberships"));
        assertTrue(launch.deepLinking().isEmpty());
    }

    @Test
    void acceptsTheStateProvedByThePlatformStorageValueOfItsOwnLogin() throws Exception {
        var request = fixture.loginRequest();
        request.put("lti_storage_target", "_parent");
        var redirect = fixture.loginInitiation.initiate(request, URI.create(TestPlatform.TOOL_BASE));
        String proof = redirect.storageProof().orElseThrow();
        assertTrue(!proof.equals(redirect.state()), "the stored value is not the state, which travels in URLs");
        String nonce = LaunchFixture.query(redirect.authorizationUri()).get("nonce");
        Launch launch = fixture.validator.validate(fixture.platform.idToken().nonce(nonce).sign(), redirect.state(),
                BrowserBinding.platformStorage(proof));
        assertEquals("2", launch.subject());
    }

    @Test
    void acceptsDeepLinkingRequest() throws Exception {
        LaunchFixture.Login login = fixture.login();
        Launch launch = fixture.launch(login, fixture.idToken(login).deepLinkingRequest().sign());

        assertEquals(MessageType.DEEP_LINKING, launch.messageType());
        assertEquals(Set.of(Role.INSTRUCTOR, Role.ADMINISTRATOR), launch.roles());
        var settings = launch.deepLinking().orElseThrow();
        assertEquals(URI.create("https://moodle.test/mod/lti/contentitem_return.php?course=42&id=1"),
                settings.deepLinkReturnUrl());
        assertEquals(java.util.List.of("ltiResourceLink"), settings.acceptTypes());
        assertTrue(settings.acceptMultiple());
        assertTrue(settings.acceptLineItem());
        assertEquals("1ab3f3bbd8ea5c2f", settings.data().orElseThrow());
    }

    @Test
    void acceptsEmptyRolesAndMinimalClaims() throws Exception {
        LaunchFixture.Login login = fixture.login();
        String token = fixture.idToken(login).roles().without("name").without("email")
                .without("https://purl.imsglobal.org/spec/lti/claim/context").sign();
        Launch launch = fixture.launch(login, token);
        assertEquals(Set.of(), launch.roles());
        assertTrue(launch.name().isEmpty());
        assertTrue(launch.context().isEmpty());
    }

    @Test
    void manyLaunchesFetchThePlatformKeysOnce() throws Exception {
        for (int i = 0; i < 20; i++) {
            LaunchFixture.Login login = fixture.login();
            fixture.launch(login, fixture.idToken(login).subject("s" + i).sign());
        }
        assertEquals(1, fixture.platform.jwksRequests());
    }

    @Test
    void acceptsRotatedPlatformKeyWithoutRestart() throws Exception {
        LaunchFixture.Login first = fixture.login();
        fixture.launch(first, fixture.idToken(first).sign());
        fixture.platform.rotateKey();

        LaunchFixture.Login second = fixture.login();
        Launch launch = fixture.launch(second, fixture.idToken(second).sign());

        assertEquals("2", launch.subject());
        assertEquals(2, fixture.platform.jwksRequests());
    }

    @Test
    void aTokenWhoseAlgorithmNoKeyAllowsDoesNotLockOutGoodLaunches() throws Exception {
        LaunchFixture.Login warmUp = fixture.login();
        fixture.launch(warmUp, fixture.idToken(warmUp).sign());
        LaunchFixture.Login forged = fixture.login();
        String otherSigner = fixture.idToken(forged).signWith(TestKeys.OTHER).kid(fixture.platform.signingKey().getKeyID()).sign();
        assertThrows(LaunchException.class, () -> fixture.launch(forged, otherSigner));
        Thread.sleep(1500);
        for (int i = 0; i < 3; i++) {
            LaunchFixture.Login login = fixture.login();
            String token = fixture.idToken(login).header(com.nimbusds.jose.JWSAlgorithm.PS256).sign();
            assertThrows(LaunchException.class, () -> fixture.launch(login, token));
        }
        LaunchFixture.Login good = fixture.login();
        assertEquals("2", fixture.launch(good, fixture.idToken(good).sign()).subject());
    }

    @Test
    void floodOfUnknownKidsIsRateLimited() throws Exception {
        LaunchFixture.Login warmUp = fixture.login();
        fixture.launch(warmUp, fixture.idToken(warmUp).sign());
        for (int i = 0; i < 30; i++) {
            LaunchFixture.Login login = fixture.login();
            String token = fixture.idToken(login).kid("unknown-" + i).sign();
            LaunchException e = assertThrows(LaunchException.class, () -> fixture.launch(login, token));
            assertEquals(LaunchError.UNKNOWN_SIGNING_KEY, e.error());
        }
        assertTrue(fixture.platform.jwksRequests() <= 3, "JWKS requests: " + fixture.platform.jwksRequests());

        // The flood must not lock out good launches: their key is still cached.
        LaunchFixture.Login good = fixture.login();
        assertEquals("2", fixture.launch(good, fixture.idToken(good).sign()).subject());
    }

    @Test
    void unreachablePlatformKeysFailWithinTheTimeout() throws Exception {
        fixture.platform.respondSlowly(Duration.ofSeconds(10));
        LaunchFixture.Login login = fixture.login();
        String token = fixture.idToken(login).sign();

        long start = System.nanoTime();
        LaunchException e = assertThrows(LaunchException.class, () -> fixture.launch(login, token));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(LaunchError.PLATFORM_KEYS_UNAVAILABLE, e.error());
        assertEquals(502, e.httpStatus());
        assertTrue(took.compareTo(Duration.ofMillis(4500)) < 0, "took " + took);
    }

    @Test
    void errorsCarryTheirUserMessage() throws Exception {
        LaunchFixture.Login login = fixture.login();
        String token = fixture.idToken(login).expiresAt(java.time.Instant.now().minusSeconds(600)).sign();
        LaunchException e = assertThrows(LaunchException.class, () -> fixture.launch(login, token));
        assertEquals("This launch has expired. Go back to your course and open the activity again.", e.getMessage());
        assertEquals(401, e.httpStatus());
    }
}
