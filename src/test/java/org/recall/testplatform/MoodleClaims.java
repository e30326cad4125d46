package org.recall.testplatform;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recall.lti.Platform;
import org.recall.lti.claims.AgsEndpointClaim;
import org.recall.lti.claims.ContextClaim;
import org.recall.lti.claims.DeepLinkingSettingsClaim;
import org.recall.lti.claims.LaunchPresentationClaim;
import org.recall.lti.claims.LtiClaims;
import org.recall.lti.claims.NrpsClaim;
import org.recall.lti.claims.ResourceLinkClaim;

/** The claims Moodle 4.x sends a student (see docs LTI-NOTES, "What Moodle 4.x sends"). */
final class MoodleClaims {

    static final String MESSAGE_TYPE = LtiClaims.MESSAGE_TYPE;
    static final String ROLES = LtiClaims.ROLES;
    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    static final String MOODLE = "https://moodle.test";

    private MoodleClaims() {
    }

    static Map<String, Object> resourceLinkRequest(TestPlatform testPlatform, Instant now) {
        Platform platform = testPlatform.platform();
        // Moodle serves its services on its own site, as every platform but Canvas does.
        String services = testPlatform.serviceUri("/mod/lti/services.php").toString();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", platform.issuer());
        claims.put("aud", platform.clientId());
        claims.put("sub", "2");
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.getEpochSecond() + 60);
        claims.put("nonce", "replace-me-with-the-login-nonce");
        claims.put("name", "Camille Martin");
        claims.put("given_name", "Camille");
        claims.put("family_name", "Martin");
        claims.put("email", "camille@example.org");
        claims.put(LtiClaims.DEPLOYMENT_ID, TestPlatform.DEPLOYMENT_ID);
        claims.put(LtiClaims.MESSAGE_TYPE, "LtiResourceLinkRequest");
        claims.put(LtiClaims.VERSION, "1.3.0");
        claims.put(LtiClaims.TARGET_LINK_URI, testPlatform.toolBase() + "/lti/launch");
        claims.put(ResourceLinkClaim.CLAIM, Map.of("id", "7", "title", "Week 1 verbs", "description", ""));
        claims.put(ContextClaim.CLAIM, Map.of("id", "42", "label", "FR101", "title", "French for beginners",
                "type", List.of("CourseSection")));
        claims.put(LtiClaims.ROLES, List.of(LEARNER));
        claims.put(LaunchPresentationClaim.CLAIM, Map.of("locale", "fr", "document_target", "iframe",
                "return_url", MOODLE + "/mod/lti/return.php?course=42&launch_container=3&instanceid=7"));
        claims.put("https://purl.imsglobal.org/spec/lti/claim/tool_platform", Map.of(
                "product_family_code", "moodle", "version", "2023042400", "guid", "moodle.test", "name", "Test Moodle"));
        claims.put(LtiClaims.CUSTOM, Map.of("deck", "french-verbs",
                "context_memberships_url", services + "/CourseSection/42/bindings/1/memberships"));
        claims.put("https://purl.imsglobal.org/spec/lti/claim/lis", Map.of(
                "person_sourcedid", "", "course_section_sourcedid", ""));
        claims.put(AgsEndpointClaim.CLAIM, Map.of(
                "scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                "lineitems", services + "/42/lineitems?type_id=1",
                "lineitem", services + "/42/lineitems/9/lineitem?type_id=1"));
        claims.put(NrpsClaim.CLAIM, Map.of(
                "context_memberships_url", services + "/CourseSection/42/bindings/1/memberships",
                "service_versions", List.of("1.0", "2.0")));
        claims.put("https://purl.imsglobal.org/spec/lti-bo/claim/basicoutcome", Map.of(
                "lis_result_sourcedid", "{\"data\":{\"instanceid\":\"7\",\"userid\":\"2\"}}",
                "lis_outcome_service_url", MOODLE + "/mod/lti/service.php"));
        return claims;
    }

    /** Moodle's deep linking request, sent when an instructor clicks "Select content". */
    static void toDeepLinkingRequest(Map<String, Object> claims) {
        claims.put(LtiClaims.MESSAGE_TYPE, "LtiDeepLinkingRequest");
        claims.put(LtiClaims.ROLES, List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator"));
        claims.remove(ResourceLinkClaim.CLAIM);
        claims.remove(AgsEndpointClaim.CLAIM);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("deep_link_return_url", MOODLE + "/mod/lti/contentitem_return.php?course=42&id=1");
        settings.put("accept_types", List.of("ltiResourceLink"));
        settings.put("accept_presentation_document_targets", List.of("frame", "iframe", "window"));
        settings.put("accept_copy_advice", false);
        settings.put("accept_multiple", true);
        settings.put("accept_unsigned", false);
        settings.put("auto_create", false);
        settings.put("can_confirm", false);
        settings.put("accept_lineitem", true);
        settings.put("title", "");
        settings.put("text", "");
        settings.put("data", "1ab3f3bbd8ea5c2f");
        claims.put(DeepLinkingSettingsClaim.CLAIM, settings);
    }
}
