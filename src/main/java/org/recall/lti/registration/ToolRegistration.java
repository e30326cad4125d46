package org.recall.lti.registration;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tool's registration request, Dynamic Registration 1.0 §3.6.1 (OpenID Connect Dynamic Client
 * Registration fields) with the LTI tool configuration of §3.6.2: domain, target link URI, the claims the
 * tool wants and the messages it supports beyond the resource link launch (here the deep linking
 * request, §3.6.2.1, with its placements).
 */
public record ToolRegistration(URI base, String clientName, String description) {

    public static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    /** AGS 2.0 §3.1 and NRPS 2.0 §2.2 scopes, the ones Recall uses to send grades and read the roster. */
    public static final List<String> SCOPES = List.of(
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
            "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
            "https://purl.imsglobal.org/spec/lti-ags/scope/score",
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
    public static final List<String> CLAIMS = List.of("iss", "sub", "name", "given_name", "family_name", "email");
    public static final List<String> DEEP_LINKING_PLACEMENTS = List.of("ContentArea", "link_selection", "assignment_selection");

    public URI loginUri() {
        return base.resolve("/lti/login");
    }

    public URI launchUri() {
        return base.resolve("/lti/launch");
    }

    public URI jwksUri() {
        return base.resolve("/.well-known/jwks.json");
    }

    /** The host (and port, when not the default) the tool's links live on: §3.6.2 {@code domain}. */
    public String domain() {
        return base.getPort() == -1 ? base.getHost() : base.getHost() + ":" + base.getPort();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> deepLinking = new LinkedHashMap<>();
        deepLinking.put("type", "LtiDeepLinkingRequest");
        deepLinking.put("target_link_uri", launchUri().toString());
        deepLinking.put("label", clientName);
        deepLinking.put("placements", DEEP_LINKING_PLACEMENTS);
        deepLinking.put("supported_types", List.of("ltiResourceLink"));

        Map<String, Object> lti = new LinkedHashMap<>();
        lti.put("domain", domain());
        lti.put("description", description);
        lti.put("target_link_uri", launchUri().toString());
        lti.put("claims", CLAIMS);
        lti.put("messages", List.of(deepLinking));

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("application_type", "web");
        json.put("grant_types", List.of("implicit", "client_credentials"));
        json.put("response_types", List.of("id_token"));
        json.put("redirect_uris", List.of(launchUri().toString()));
        json.put("initiate_login_uri", loginUri().toString());
        json.put("client_name", clientName);
        json.put("jwks_uri", jwksUri().toString());
        json.put("token_endpoint_auth_method", "private_key_jwt");
        json.put("scope", String.join(" ", SCOPES));
        json.put(TOOL_CONFIGURATION, lti);
        return json;
    }

    public String toJsonText() {
        return JSONObjectUtils.toJSONString(toJson());
    }
}
