package org.recall.web.admin;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import org.recall.lti.Platform;
import org.recall.web.ClientError;

/**
 * Reads the body of {@code POST /api/admin/platforms}:
 * {@code {"issuer", "clientId", "authorizationEndpoint", "tokenEndpoint", "jwksUri", "deploymentIds": [...]}},
 * naming the first field that is missing or wrong.
 */
final class PlatformRequest {

    private PlatformRequest() {
    }

    static Platform read(JsonObject json) {
        String issuer = text(json, "issuer", 1000);
        String clientId = text(json, "clientId", 255);
        URI authorization = url(json, "authorizationEndpoint");
        URI token = url(json, "tokenEndpoint");
        URI jwks = url(json, "jwksUri");
        return new Platform(0, issuer, clientId, authorization, token, jwks, deployments(json));
    }

    private static String text(JsonObject json, String field, int maxLength) {
        JsonValue value = json.get(field);
        if (!(value instanceof JsonString string) || string.getString().isBlank()) {
            throw ClientError.badRequest(field, "Field '" + field + "' is required and must be a non-empty string.");
        }
        if (string.getString().length() > maxLength) {
            throw ClientError.badRequest(field, "Field '" + field + "' is longer than " + maxLength + " characters.");
        }
        return string.getString().trim();
    }

    private static URI url(JsonObject json, String field) {
        String text = text(json, field, 2000);
        try {
            URI uri = URI.create(text);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ClientError.badRequest(field, "Field '" + field + "' must be an absolute http(s) URL.");
    }

    private static Set<String> deployments(JsonObject json) {
        JsonValue value = json.get("deploymentIds");
        if (!(value instanceof JsonArray array) || array.isEmpty()) {
            throw ClientError.badRequest("deploymentIds", "Field 'deploymentIds' must be a non-empty array of strings.");
        }
        var ids = new LinkedHashSet<String>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString id) || id.getString().isBlank() || id.getString().length() > 255) {
                throw ClientError.badRequest("deploymentIds", "Every deployment id must be a non-empty string of at most 255 characters.");
            }
            ids.add(id.getString());
        }
        return ids;
    }
}
