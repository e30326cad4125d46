package org.recall.testplatform;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Makes a {@link TestPlatform} (at its own origin) play an LMS's side of LTI Dynamic Registration 1.0, as
 * Moodle 4.x does: its OpenID configuration at {@code /openid-configuration} (§3.5) and a registration
 * endpoint at {@code /register} (§3.6) that takes the tool's registration with the registration token as
 * bearer and answers a client id and a deployment id. Fields of the configuration can be overridden, the
 * configuration can be slow, and every registration received is kept.
 */
public final class RegistrationEndpoints {

    public static final String REGISTRATION_TOKEN = "registration-token-5f2c";

    private final TestPlatform platform;
    private final Map<String, Object> overrides = new LinkedHashMap<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile int registrationStatus = 200;
    private volatile String clientId = TestPlatform.CLIENT_ID;
    private volatile Duration configurationDelay = Duration.ZERO;

    public RegistrationEndpoints(TestPlatform platform) {
        this.platform = platform;
        platform.handle("/openid-configuration", this::configuration);
        platform.handle("/register", this::register);
    }

    public String configurationUrl() {
        return platform.uri("/openid-configuration").toString();
    }

    /** Serves {@code value} as the configuration's {@code field} (e.g. a {@code jwks_uri} on another site). */
    public RegistrationEndpoints override(String field, Object value) {
        overrides.put(field, value);
        return this;
    }

    /** The status the registration endpoint answers (401 plays an expired registration token). */
    public RegistrationEndpoints answer(int status) {
        registrationStatus = status;
        return this;
    }

    /** The client id the platform gives Recall. */
    public RegistrationEndpoints clientId(String id) {
        clientId = id;
        return this;
    }

    /** Makes the configuration answer only after {@code delay}. */
    public RegistrationEndpoints slowConfiguration(Duration delay) {
        configurationDelay = delay;
        return this;
    }

    /** The bodies of the registrations received, oldest first. */
    public List<String> received() {
        return received;
    }

    private void configuration(HttpExchange exchange) throws IOException {
        try {
            Thread.sleep(configurationDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("issuer", platform.issuer());
        config.put("authorization_endpoint", platform.uri("/auth").toString());
        config.put("token_endpoint", platform.uri("/token").toString());
        config.put("jwks_uri", platform.uri("/jwks").toString());
        config.put("registration_endpoint", platform.uri("/register").toString());
        if (platform.profile() == Profile.MOODLE) {
            // mod/lti/openid-configuration.php
            config.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt"));
            config.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS256"));
            config.put("scopes_supported", List.of("https://purl.imsglobal.org/spec/lti-bo/scope/basicoutcome",
                    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
                    "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                    "https://purl.imsglobal.org/spec/lti-ags/scope/score", "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                    "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
                    "https://purl.imsglobal.org/spec/lti-ts/scope/toolsetting", "openid"));
            config.put("response_types_supported", List.of("id_token"));
            config.put("subject_types_supported", List.of("public", "pairwise"));
            config.put("id_token_signing_alg_values_supported", List.of("RS256"));
            config.put("claims_supported", List.of("sub", "iss", "name", "given_name", "family_name", "email"));
            config.put("https://purl.imsglobal.org/spec/lti-platform-configuration", Map.of("product_family_code", "moodle",
                    "version", "4.3 <b>test</b>", "messages_supported", List.of("LtiResourceLinkRequest", "LtiDeepLinkingRequest"),
                    "placements", List.of("AddContentMenu"), "variables", List.of("basic-lti-launch-request",
                            "ContentItemSelectionRequest", "ToolProxyRegistrationRequest", "Context.id")));
        }
        config.putAll(overrides);
        json(exchange, 200, JSONObjectUtils.toJSONString(config));
    }

    private void register(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(body);
        if (registrationStatus != 200 || !("Bearer " + REGISTRATION_TOKEN).equals(auth)) {
            json(exchange, 401, "{\"error\":\"invalid_token\"}");
            return;
        }
        String deployment = platform.profile() == Profile.MOODLE ? TestPlatform.DEPLOYMENT_ID : platform.deploymentId();
        if (platform.profile() == Profile.MOODLE) {
            // openid-registration.php answers the whole tool configuration back, with the client id and, inside
            // the LTI tool configuration, the new tool type's id as deployment id.
            try {
                Map<String, Object> answer = JSONObjectUtils.parse(body);
                answer.put("client_id", clientId);
                @SuppressWarnings("unchecked")
                Map<String, Object> lti = (Map<String, Object>) answer.getOrDefault(
                        "https://purl.imsglobal.org/spec/lti-tool-configuration", new LinkedHashMap<String, Object>());
                lti.put("deployment_id", deployment);
                answer.put("https://purl.imsglobal.org/spec/lti-tool-configuration", lti);
                json(exchange, 200, JSONObjectUtils.toJSONString(answer));
            } catch (java.text.ParseException e) {
                json(exchange, 400, "{\"error\":\"invalid_client_metadata\"}");
            }
            return;
        }
        json(exchange, 200, "{\"client_id\":\"" + clientId + "\","
                + "\"https://purl.imsglobal.org/spec/lti-tool-configuration\":{\"deployment_id\":\""
                + deployment + "\"}}");
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
