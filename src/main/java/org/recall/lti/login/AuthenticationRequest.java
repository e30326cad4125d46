package org.recall.lti.login;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the OIDC authentication request URI of Security Framework §5.1.1.2 (LTI 1.3 Core §4.1). */
final class AuthenticationRequest {

    private final Map<String, String> parameters = new LinkedHashMap<>();

    AuthenticationRequest() {
        parameters.put("scope", "openid");
        parameters.put("response_type", "id_token");
        parameters.put("response_mode", "form_post");
        parameters.put("prompt", "none");
    }

    AuthenticationRequest with(String name, String valueOrNull) {
        if (valueOrNull != null) {
            parameters.put(name, valueOrNull);
        }
        return this;
    }

    URI toUri(URI authorizationEndpoint) {
        String query = parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        String base = authorizationEndpoint.toString();
        String separator = authorizationEndpoint.getRawQuery() == null ? "?" : "&";
        return URI.create(base + separator + query);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
