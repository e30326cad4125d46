package org.recall.lti.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenIdConfigurationTest {

    private static final URI URL = URI.create("https://moodle.example.edu/mod/lti/openid-configuration.php");

    private static String config(String issuer, String registrationEndpoint) {
        return """
                {"issuer": "%s", "authorization_endpoint": "https://moodle.example.edu/mod/lti/auth.php",
                 "token_endpoint": "https://moodle.example.edu/mod/lti/token.php",
                 "jwks_uri": "https://moodle.example.edu/mod/lti/certs.php"%s,
                 "https://purl.imsglobal.org/spec/lti-platform-configuration": {"product_family_code": "moodle", "version": "4.3"}}
                """.formatted(issuer, registrationEndpoint == null ? "" : ", \"registration_endpoint\": \"" + registrationEndpoint + "\"");
    }

    @Test
    void readsMoodlesConfiguration() throws Exception {
        var c = OpenIdConfiguration.read(config("https://moodle.example.edu", "https://moodle.example.edu/mod/lti/openid-registration.php"), URL, false);
        assertEquals("https://moodle.example.edu", c.issuer());
        assertEquals(URI.create("https://moodle.example.edu/mod/lti/openid-registration.php"), c.registrationEndpoint());
        assertEquals(URI.create("https://moodle.example.edu/mod/lti/certs.php"), c.jwksUri());
        assertEquals(Optional.of("moodle"), c.productFamily());
    }

    @Test
    void refusesAnIssuerOnAnotherOrigin() {
        var e = assertThrows(RegistrationFailed.class, () -> OpenIdConfiguration.read(
                config("https://evil.example.com", "https://moodle.example.edu/r"), URL, false));
        assertEquals(RegistrationFailed.ISSUER_MISMATCH, e.getMessage());
        assertEquals(400, e.status());
    }

    @Test
    void refusesAnIssuerOnAnotherPortOrScheme() {
        assertThrows(RegistrationFailed.class, () -> OpenIdConfiguration.read(
                config("https://moodle.example.edu:8443", "https://moodle.example.edu/r"), URL, false));
        assertThrows(RegistrationFailed.class, () -> OpenIdConfiguration.read(
                config("http://moodle.example.edu", "https://moodle.example.edu/r"), URL, false));
    }

    @Test
    void namesTheMissingField() {
        var e = assertThrows(RegistrationFailed.class, () -> OpenIdConfiguration.read(config("https://moodle.example.edu", null), URL, false));
        assertEquals(RegistrationFailed.MISSING_FIELD + "registration_endpoint.", e.getMessage());
        assertEquals(502, e.status());
    }

    @Test
    void notJsonIsUnreadable() {
        var e = assertThrows(RegistrationFailed.class, () -> OpenIdConfiguration.read("<html>", URL, false));
        assertEquals(RegistrationFailed.UNREACHABLE, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "moodle.example.edu/config", "ftp://moodle.example.edu/c", "http://moodle.example.edu/c",
            "http://127.0.0.1:8080/c"})
    void refusesConfigurationUrlsThatAreNotHttps(String url) {
        var e = assertThrows(RegistrationFailed.class, () -> OpenIdConfiguration.configurationUrl(url, false));
        assertEquals(RegistrationFailed.BAD_CONFIGURATION_URL, e.getMessage());
    }

    @Test
    void plainHttpOnlyToThisMachineAndOnlyWhenAllowed() throws Exception {
        assertEquals(URI.create("http://127.0.0.1:8080/c"), OpenIdConfiguration.configurationUrl("http://127.0.0.1:8080/c", true));
        assertThrows(RegistrationFailed.class, () -> OpenIdConfiguration.configurationUrl("http://lms.example.edu/c", true));
    }

    @Test
    void readsTheAnswer() throws Exception {
        var answer = RegistrationAnswer.read("""
                {"client_id": "abc", "https://purl.imsglobal.org/spec/lti-tool-configuration": {"deployment_id": "4"}}""");
        assertEquals("abc", answer.clientId());
        assertEquals(Optional.of("4"), answer.deploymentId());
        assertEquals(Optional.empty(), RegistrationAnswer.read("{\"client_id\": \"abc\"}").deploymentId());
        assertThrows(RegistrationFailed.class, () -> RegistrationAnswer.read("{\"error\": \"invalid_token\"}"));
    }
}
