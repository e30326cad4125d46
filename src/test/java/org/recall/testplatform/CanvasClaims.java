package org.recall.testplatform;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recall.lti.claims.AgsEndpointClaim;
import org.recall.lti.claims.ContextClaim;
import org.recall.lti.claims.DeepLinkingSettingsClaim;
import org.recall.lti.claims.LaunchPresentationClaim;
import org.recall.lti.claims.LtiClaims;
import org.recall.lti.claims.NrpsClaim;
import org.recall.lti.claims.ResourceLinkClaim;

/**
 * The claims Canvas sends a student through a developer key with privacy level anonymous: no name, email or
 * picture; an opaque {@code sub}; the issuer {@code https://canvas.instructure.com}; Canvas's extra members
 * ({@code validation_context}, {@code errors}) inside the LTI claims; role URIs of three vocabularies; AGS and
 * NRPS URLs on the school's host (Canvas developer documentation, "LTI Launch Overview"; canvas-lms
 * {@code lib/lti/messages/jwt_message.rb}).
 */
final class CanvasClaims {

    static final String COURSE = "/api/lti/courses/1";

    private CanvasClaims() {
    }

    static Map<String, Object> resourceLinkRequest(TestPlatform platform, Instant now) {
        String school = platform.serviceUri("").toString();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", platform.issuer());
        claims.put("aud", platform.clientId());
        claims.put("azp", platform.clientId());
        claims.put("sub", "535fa085f22b4655f48cd5a36a9215f64c062838");
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.getEpochSecond() + 3600);
        claims.put("nonce", "replace-me-with-the-login-nonce");
        claims.put(LtiClaims.DEPLOYMENT_ID, platform.deploymentId());
        claims.put(LtiClaims.MESSAGE_TYPE, "LtiResourceLinkRequest");
        claims.put(LtiClaims.VERSION, "1.3.0");
        claims.put(LtiClaims.TARGET_LINK_URI, platform.toolBase() + "/lti/launch");
        claims.put(ResourceLinkClaim.CLAIM, canvas(Map.of("id", "5b11ab9e-0e4c-4bd5-a0d1-6c5a0b6b3f5e", "title", "Week 1 quiz")));
        claims.put(LtiClaims.ROLES, List.of(Profile.LEARNER,
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student",
                "http://purl.imsglobal.org/vocab/lis/v2/system/person#User"));
        claims.put(ContextClaim.CLAIM, canvas(Map.of("id", "4dde05e8ca1973bcca9bffc13e1548820eee93a3", "label", "MLOPS",
                "title", "MLOps 101", "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering"))));
        claims.put("https://purl.imsglobal.org/spec/lti/claim/tool_platform", canvas(Map.of(
                "guid", "VCsHDF1ivNHfZ6ZaDnDVGvHgYMxxdY7FjkR5zl6H:canvas-lms", "name", "School",
                "version", "cloud", "product_family_code", "canvas")));
        claims.put(LaunchPresentationClaim.CLAIM, Map.of("document_target", "iframe", "height", 400, "width", 800,
                "return_url", school + "/courses/1/external_content/success/external_tool_redirect", "locale", "en"));
        claims.put(LtiClaims.CUSTOM, Map.of("canvas_course_id", "1"));
        claims.put("https://purl.imsglobal.org/spec/lti/claim/lti11_legacy_user_id", "535fa085f22b4655f48cd5a36a9215f64c062838");
        claims.put(AgsEndpointClaim.CLAIM, canvas(Map.of(
                "scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                "lineitems", school + COURSE + "/line_items")));
        claims.put(NrpsClaim.CLAIM, canvas(Map.of("context_memberships_url", school + COURSE + "/names_and_roles",
                "service_versions", List.of("2.0"))));
        claims.put("https://www.instructure.com/placement", "assignment_selection");
        return claims;
    }

    /** Canvas's deep linking request from the assignment selection placement (no {@code accept_lineitem}). */
    static void toDeepLinkingRequest(TestPlatform platform, Map<String, Object> claims) {
        claims.put(LtiClaims.MESSAGE_TYPE, "LtiDeepLinkingRequest");
        claims.put(LtiClaims.ROLES, List.of(Profile.INSTRUCTOR,
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor",
                "http://purl.imsglobal.org/vocab/lis/v2/system/person#User"));
        claims.remove(ResourceLinkClaim.CLAIM);
        claims.remove(AgsEndpointClaim.CLAIM);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("deep_link_return_url", platform.serviceUri("/courses/1/deep_linking_response?modal=true").toString());
        settings.put("accept_types", List.of("ltiResourceLink"));
        settings.put("accept_presentation_document_targets", List.of("iframe", "window"));
        settings.put("accept_media_types", "application/vnd.ims.lti.v1.ltilink");
        settings.put("auto_create", false);
        settings.put("accept_multiple", false);
        settings.put("validation_context", null);
        settings.put("errors", Map.of("errors", Map.of()));
        claims.put(DeepLinkingSettingsClaim.CLAIM, settings);
        claims.put("https://www.instructure.com/placement", "assignment_selection");
    }

    /** Canvas adds these two members to its LTI claims. */
    private static Map<String, Object> canvas(Map<String, Object> claim) {
        var withExtras = new LinkedHashMap<String, Object>(claim);
        withExtras.put("validation_context", null);
        withExtras.put("errors", Map.of("errors", Map.of()));
        return withExtras;
    }
}
