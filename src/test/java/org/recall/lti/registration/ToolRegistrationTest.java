package org.recall.lti.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolRegistrationTest {

    @Test
    @SuppressWarnings("unchecked")
    void theRegistrationRequestHasEveryFieldTheSpecAsks() throws Exception {
        var tool = new ToolRegistration(URI.create("https://recall.example.edu"), "Recall", "Cards");
        Map<String, Object> json = JSONObjectUtils.parse(tool.toJsonText());
        assertEquals("web", json.get("application_type"));
        assertEquals(List.of("implicit", "client_credentials"), json.get("grant_types"));
        assertEquals(List.of("id_token"), json.get("response_types"));
        assertEquals(List.of("https://recall.example.edu/lti/launch"), json.get("redirect_uris"));
        assertEquals("https://recall.example.edu/lti/login", json.get("initiate_login_uri"));
        assertEquals("Recall", json.get("client_name"));
        assertEquals("https://recall.example.edu/.well-known/jwks.json", json.get("jwks_uri"));
        assertEquals("private_key_jwt", json.get("token_endpoint_auth_method"));
        String scope = (String) json.get("scope");
        assertTrue(scope.contains("https://purl.imsglobal.org/spec/lti-ags/scope/score"));
        assertTrue(scope.contains("https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"));
        Map<String, Object> lti = (Map<String, Object>) json.get("https://purl.imsglobal.org/spec/lti-tool-configuration");
        assertEquals("recall.example.edu", lti.get("domain"));
        assertEquals("https://recall.example.edu/lti/launch", lti.get("target_link_uri"));
        assertTrue(((List<String>) lti.get("claims")).containsAll(List.of("iss", "sub", "name", "email")));
        Map<String, Object> message = (Map<String, Object>) ((List<Object>) lti.get("messages")).get(0);
        assertEquals("LtiDeepLinkingRequest", message.get("type"));
        assertEquals("https://recall.example.edu/lti/launch", message.get("target_link_uri"));
        assertTrue(((List<String>) message.get("placements")).contains("ContentArea"));
    }

    @Test
    void theDomainKeepsANonDefaultPort() {
        assertEquals("localhost:8080", new ToolRegistration(URI.create("http://localhost:8080"), "R", "d").domain());
    }
}
