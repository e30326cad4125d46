package org.recall.testplatform;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recall.lti.claims.AgsEndpointClaim;
import org.recall.lti.claims.ContextClaim;
import org.recall.lti.claims.DeepLinkingSettingsClaim;
import org.recall.lti.claims.LtiClaims;
import org.recall.lti.claims.NrpsClaim;
import org.recall.lti.claims.ResourceLinkClaim;

/**
 * A launch with the claims the specifications require and nothing else: LTI 1.3 Core §5.3 (message type,
 * version, deployment, target link URI, resource link id, roles), OIDC's {@code sub}, a context id, the AGS
 * claim with the line items container only (AGS 2.0 §3.1: {@code lineitem} is optional) and the NRPS claim.
 */
final class StrictClaims {

    private StrictClaims() {
    }

    static Map<String, Object> resourceLinkRequest(TestPlatform platform, Instant now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", platform.issuer());
        claims.put("aud", platform.clientId());
        claims.put("sub", "user-8f14e45f");
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.getEpochSecond() + 300);
        claims.put("nonce", "replace-me-with-the-login-nonce");
        claims.put(LtiClaims.DEPLOYMENT_ID, platform.deploymentId());
        claims.put(LtiClaims.MESSAGE_TYPE, "LtiResourceLinkRequest");
        claims.put(LtiClaims.VERSION, "1.3.0");
        claims.put(LtiClaims.TARGET_LINK_URI, platform.toolBase() + "/lti/launch");
        claims.put(ResourceLinkClaim.CLAIM, Map.of("id", "link-1"));
        claims.put(LtiClaims.ROLES, List.of(Profile.LEARNER));
        claims.put(ContextClaim.CLAIM, Map.of("id", "context-1"));
        claims.put(AgsEndpointClaim.CLAIM, Map.of(
                "scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                "lineitems", platform.serviceUri("/lineitems").toString()));
        claims.put(NrpsClaim.CLAIM, Map.of("context_memberships_url", platform.serviceUri("/memberships").toString(),
                "service_versions", List.of("2.0")));
        return claims;
    }

    /** Deep Linking 2.0 §4.4: the settings claim with its required members. */
    static void toDeepLinkingRequest(TestPlatform platform, Map<String, Object> claims) {
        claims.put(LtiClaims.MESSAGE_TYPE, "LtiDeepLinkingRequest");
        claims.put(LtiClaims.ROLES, List.of(Profile.INSTRUCTOR));
        claims.remove(ResourceLinkClaim.CLAIM);
        claims.remove(AgsEndpointClaim.CLAIM);
        claims.put(DeepLinkingSettingsClaim.CLAIM, Map.of(
                "deep_link_return_url", platform.uri("/deep-link-return").toString(),
                "accept_types", List.of("ltiResourceLink"),
                "accept_presentation_document_targets", List.of("iframe", "window")));
    }
}
