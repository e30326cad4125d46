package org.recall.web.lti;

import org.recall.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import org.recall.lti.registration.ToolRegistration;

/**
 * The Canvas developer key configuration ("Paste JSON" or "Enter URL"), Canvas's LTI 1.3 JSON format:
 * login, launch and JWKS URLs, AGS and NRPS scopes, privacy level, and the two deep linking placements
 * (link selection, assignment selection) that send an {@code LtiDeepLinkingRequest}. The template in
 * {@code lti-config/canvas.json} is this document with {@link #PLACEHOLDER} for the base URL.
 */
public final class CanvasConfig {

    public static final String PLACEHOLDER = "https://recall.example.edu";

    private CanvasConfig() {
    }

    public static JsonObject of(URI base) {
        var tool = new ToolRegistration(base, RegistrationResource.CLIENT_NAME, RegistrationResource.DESCRIPTION);
        JsonArrayBuilder scopes = Json.createArrayBuilder();
        ToolRegistration.SCOPES.forEach(scopes::add);
        JsonArrayBuilder placements = Json.createArrayBuilder()
                .add(placement("link_selection", tool))
                .add(placement("assignment_selection", tool));
        return Json.createObjectBuilder()
                .add("title", tool.clientName())
                .add("description", tool.description())
                .add("oidc_initiation_url", tool.loginUri().toString())
                .add("target_link_uri", tool.launchUri().toString())
                .add("public_jwk_url", tool.jwksUri().toString())
                .add("scopes", scopes)
                .add("extensions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("platform", "canvas.instructure.com")
                        .add("domain", tool.domain())
                        .add("tool_id", "recall")
                        .add("privacy_level", "public")
                        .add("settings", Json.createObjectBuilder()
                                .add("text", tool.clientName())
                                .add("placements", placements))))
                .add("custom_fields", Json.createObjectBuilder()
                        .add("canvas_course_id", "$Canvas.course.id"))
                .build();
    }

    private static JsonObjectBuilder placement(String name, ToolRegistration tool) {
        return Json.createObjectBuilder()
                .add("placement", name)
                .add("message_type", "LtiDeepLinkingRequest")
                .add("target_link_uri", tool.launchUri().toString())
                .add("text", tool.clientName());
    }
}
