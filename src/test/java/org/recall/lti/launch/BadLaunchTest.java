package org.recall.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recall.lti.claims.DeepLinkingSettingsClaim;
import org.recall.lti.claims.LtiClaims;
import org.recall.lti.claims.ResourceLinkClaim;
import org.recall.lti.launch.LaunchFixture.Login;
import org.recall.testplatform.TestPlatform;

/**
 * Certification-style matrix: one named row per bad login or launch, each refused with its exact error.
 * Every row starts from a real login and a fresh, valid Moodle token and breaks one thing.
 */
class BadLaunchTest {

    /** One bad case: given the fixture and a real login, attempt the launch. */
    @FunctionalInterface
    interface Attempt {
        void run(LaunchFixture fixture, Login login) throws Exception;
    }

    static Stream<Arguments> badLaunches() {
        Instant now = Instant.now();
        return Stream.of(
                row("alg none", LaunchError.TOKEN_UNSIGNED, (f, l) -> f.launch(l, f.idToken(l).unsigned())),
                row("HS256 signed with the platform's public key", LaunchError.ALGORITHM_NOT_ALLOWED,
                        (f, l) -> f.launch(l, f.idToken(l)
                                .signHmac(f.platform.signingKey().toRSAPublicKey().getEncoded()))),
                row("re-signed by another key with the same kid", LaunchError.BAD_SIGNATURE,
                        (f, l) -> f.launch(l, f.idToken(l).signWith(otherKey()).sign())),
                row("claims swapped for another signed token's after signing", LaunchError.BAD_SIGNATURE, (f, l) -> {
                    String[] signed = f.idToken(l).sign().split("\\.");
                    String[] other = f.idToken(l).subject("someone-else").sign().split("\\.");
                    f.launch(l, signed[0] + "." + other[1] + "." + signed[2]);
                }),
                row("unknown kid after refresh", LaunchError.UNKNOWN_SIGNING_KEY,
                        (f, l) -> f.launch(l, f.idToken(l).signWith(otherKey()).kid("not-published").sign())),
                row("expired", LaunchError.EXPIRED, (f, l) -> f.launch(l, f.idToken(l)
                        .issuedAt(now.minusSeconds(600)).expiresAt(now.minusSeconds(300)).sign())),
                row("issued in the future", LaunchError.ISSUED_IN_FUTURE, (f, l) -> f.launch(l, f.idToken(l)
                        .issuedAt(now.plusSeconds(300)).expiresAt(now.plusSeconds(360)).sign())),
                row("not yet valid (nbf)", LaunchError.NOT_YET_VALID,
                        (f, l) -> f.launch(l, f.idToken(l).claim("nbf", now.plusSeconds(300).getEpochSecond()).sign())),
                row("wrong aud", LaunchError.WRONG_AUDIENCE,
                        (f, l) -> f.launch(l, f.idToken(l).claim("aud", "another-tool").sign())),
                row("several aud without azp", LaunchError.AZP_MISSING, (f, l) -> f.launch(l, f.idToken(l)
                        .claim("aud", List.of(TestPlatform.CLIENT_ID, "another-tool")).sign())),
                row("azp not ours", LaunchError.AZP_MISMATCH, (f, l) -> f.launch(l, f.idToken(l)
                        .claim("aud", List.of(TestPlatform.CLIENT_ID, "another-tool")).claim("azp", "another-tool")
                        .sign())),
                row("unknown issuer", LaunchError.ISSUER_MISMATCH,
                        (f, l) -> f.launch(l, f.idToken(l).claim("iss", "https://evil.test").sign())),
                row("unknown deployment", LaunchError.UNKNOWN_DEPLOYMENT,
                        (f, l) -> f.launch(l, f.idToken(l).claim(LtiClaims.DEPLOYMENT_ID, "99").sign())),
                row("missing deployment", LaunchError.DEPLOYMENT_MISSING,
                        (f, l) -> f.launch(l, f.idToken(l).without(LtiClaims.DEPLOYMENT_ID).sign())),
                row("replayed nonce (second use of the same state)", LaunchError.LOGIN_EXPIRED, (f, l) -> {
                    String token = f.idToken(l).sign();
                    f.launch(l, token);
                    f.launch(l, token);
                }),
                row("nonce not issued", LaunchError.NONCE_MISMATCH,
                        (f, l) -> f.launch(l, f.idToken(l).nonce("a-nonce-we-never-issued").sign())),
                row("state missing", LaunchError.STATE_MISSING,
                        (f, l) -> f.validator.validate(f.idToken(l).sign(), null, l.state())),
                row("state altered", LaunchError.STATE_MISMATCH,
                        (f, l) -> f.validator.validate(f.idToken(l).sign(), l.state() + "x", l.state())),
                row("state never issued", LaunchError.LOGIN_EXPIRED,
                        (f, l) -> f.validator.validate(f.idToken(l).sign(), "forged", "forged")),
                row("state from another browser", LaunchError.STATE_MISMATCH,
                        (f, l) -> f.validator.validate(f.idToken(l).sign(), l.state(), f.login().state())),
                row("no browser-bound state", LaunchError.STATE_NOT_BOUND,
                        (f, l) -> f.validator.validate(f.idToken(l).sign(), l.state(), (String) null)),
                row("platform storage claimed by a login that offered none (login CSRF)", LaunchError.STORED_STATE_FORGED,
                        (f, l) -> f.validator.validate(f.idToken(l).sign(), l.state(), BrowserBinding.platformStorage(l.state()))),
                row("platform storage value that is not the login's", LaunchError.STORED_STATE_FORGED, (f, l) -> {
                    Map<String, String> request = f.loginRequest();
                    request.put("lti_storage_target", "_parent");
                    var redirect = f.loginInitiation.initiate(request, URI.create(TestPlatform.TOOL_BASE));
                    String nonce = LaunchFixture.query(redirect.authorizationUri()).get("nonce");
                    f.validator.validate(f.platform.idToken().nonce(nonce).sign(), redirect.state(),
                            BrowserBinding.platformStorage(redirect.state()));
                }),
                row("wrong version", LaunchError.WRONG_VERSION,
                        (f, l) -> f.launch(l, f.idToken(l).claim(LtiClaims.VERSION, "1.1").sign())),
                row("missing message_type", LaunchError.MESSAGE_TYPE_MISSING,
                        (f, l) -> f.launch(l, f.idToken(l).without(LtiClaims.MESSAGE_TYPE).sign())),
                row("unknown message_type", LaunchError.UNSUPPORTED_MESSAGE_TYPE,
                        (f, l) -> f.launch(l, f.idToken(l).messageType("LtiSubmissionReviewRequest").sign())),
                row("missing resource link id", LaunchError.RESOURCE_LINK_ID_MISSING,
                        (f, l) -> f.launch(l, f.idToken(l).without(ResourceLinkClaim.CLAIM, "id").sign())),
                row("missing resource link claim", LaunchError.RESOURCE_LINK_ID_MISSING,
                        (f, l) -> f.launch(l, f.idToken(l).without(ResourceLinkClaim.CLAIM).sign())),
                row("missing sub", LaunchError.MISSING_REQUIRED_CLAIM,
                        (f, l) -> f.launch(l, f.idToken(l).without("sub").sign())),
                row("empty sub (anonymous)", LaunchError.ANONYMOUS_LAUNCH,
                        (f, l) -> f.launch(l, f.idToken(l).subject("").sign())),
                row("missing roles", LaunchError.ROLES_MISSING,
                        (f, l) -> f.launch(l, f.idToken(l).without(LtiClaims.ROLES).sign())),
                row("roles not an array", LaunchError.CLAIM_MALFORMED,
                        (f, l) -> f.launch(l, f.idToken(l).claim(LtiClaims.ROLES, Map.of("a", "b")).sign())),
                row("missing target_link_uri", LaunchError.TARGET_LINK_URI_MISSING,
                        (f, l) -> f.launch(l, f.idToken(l).without(LtiClaims.TARGET_LINK_URI).sign())),
                row("target_link_uri on another host (launch)", LaunchError.TARGET_LINK_URI_FOREIGN,
                        (f, l) -> f.launch(l, f.idToken(l).claim(LtiClaims.TARGET_LINK_URI, "https://evil.test/lti/launch").sign())),
                row("target_link_uri on another port of the tool's host (launch)", LaunchError.TARGET_LINK_URI_FOREIGN,
                        (f, l) -> f.launch(l, f.idToken(l).claim(LtiClaims.TARGET_LINK_URI, TestPlatform.TOOL_BASE + ":8443/lti/launch").sign())),
                row("missing exp", LaunchError.MISSING_REQUIRED_CLAIM,
                        (f, l) -> f.launch(l, f.idToken(l).without("exp").sign())),
                row("missing iat", LaunchError.MISSING_REQUIRED_CLAIM,
                        (f, l) -> f.launch(l, f.idToken(l).without("iat").sign())),
                row("missing nonce", LaunchError.MISSING_REQUIRED_CLAIM,
                        (f, l) -> f.launch(l, f.idToken(l).without("nonce").sign())),
                row("deep linking request without its settings claim", LaunchError.DEEP_LINKING_SETTINGS_MISSING,
                        (f, l) -> f.launch(l, f.idToken(l).deepLinkingRequest()
                                .without(DeepLinkingSettingsClaim.CLAIM).sign())),
                row("deep linking settings without return URL", LaunchError.DEEP_LINKING_SETTINGS_MISSING,
                        (f, l) -> f.launch(l, f.idToken(l).deepLinkingRequest()
                                .without(DeepLinkingSettingsClaim.CLAIM, "deep_link_return_url").sign())),
                row("javascript: deep_link_return_url", LaunchError.DEEP_LINK_RETURN_URL_NOT_WEB,
                        (f, l) -> f.launch(l, f.idToken(l).deepLinkingRequest().claim(DeepLinkingSettingsClaim.CLAIM,
                                Map.of("deep_link_return_url", "javascript:alert(document.domain)",
                                        "accept_types", List.of("ltiResourceLink"))).sign())),
                row("target_link_uri on another host (login)", LaunchError.TARGET_LINK_URI_FOREIGN, (f, l) -> {
                    Map<String, String> request = f.loginRequest();
                    request.put("target_link_uri", "https://evil.test/lti/launch");
                    f.loginInitiation.initiate(request, URI.create(TestPlatform.TOOL_BASE));
                }),
                row("malformed token", LaunchError.TOKEN_MALFORMED, (f, l) -> f.launch(l, "not.a.jwt")),
                row("truncated token", LaunchError.TOKEN_MALFORMED, (f, l) -> {
                    String token = f.idToken(l).sign();
                    f.launch(l, token.substring(0, token.length() / 2));
                }),
                row("token over 64 KiB", LaunchError.TOKEN_TOO_LARGE,
                        (f, l) -> f.launch(l, f.idToken(l).claim("padding", "x".repeat(70_000)).sign())),
                row("PS256 header, key published for RS256 only", LaunchError.UNKNOWN_SIGNING_KEY,
                        (f, l) -> f.launch(l, f.idToken(l).header(JWSAlgorithm.PS256).signWith(otherKey()).sign())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLaunches")
    void refuses(String name, LaunchError expected, Attempt attempt) throws Exception {
        try (LaunchFixture fixture = new LaunchFixture()) {
            Login login = fixture.login();
            LaunchException e = assertThrows(LaunchException.class, () -> attempt.run(fixture, login), name);
            assertEquals(expected, e.error(), name);
        }
    }

    private static Arguments row(String name, LaunchError expected, Attempt attempt) {
        return Arguments.of(name, expected, attempt);
    }

    private static com.nimbusds.jose.jwk.RSAKey otherKey() {
        return TestKeys.OTHER;
    }
}
