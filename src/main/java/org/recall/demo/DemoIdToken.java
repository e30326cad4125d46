package org.recall.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.recall.lti.ags.AgsScope;
import org.recall.lti.claims.AgsEndpointClaim;
import org.recall.lti.claims.ContextClaim;
import org.recall.lti.claims.LaunchPresentationClaim;
import org.recall.lti.claims.LtiClaims;
import org.recall.lti.claims.NrpsClaim;
import org.recall.lti.claims.ResourceLinkClaim;

/**
 * The id_token the demo platform signs for a resource link launch (LTI 1.3 Core §5.1), shaped like
 * Moodle's: a 60-second lifetime, names and email, context, resource link, launch presentation, the
 * AGS claim of the demo gradebook's line item and the NRPS 2.0 claim of the demo course's membership.
 */
final class DemoIdToken {

    static final String RESOURCE_LINK_ID = "demo-activity-1";
    static final String CONTEXT_ID = "demo-course-1";
    static final String CONTEXT_LABEL = "DEMO101";
    static final String CONTEXT_TITLE = "Demo course: MLOps basics";
    private static final Duration LIFETIME = Duration.ofSeconds(60);

    private DemoIdToken() {
    }

    static String sign(DemoPlatform platform, DemoUser user, String nonce) {
        Instant now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer(platform.issuer())
                .subject(user.subject)
                .audience(DemoPlatform.CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .claim("nonce", nonce)
                .claim("name", user.name)
                .claim("given_name", user.givenName)
                .claim("family_name", user.familyName)
                .claim("email", user.email)
                .claim(LtiClaims.MESSAGE_TYPE, "LtiResourceLinkRequest")
                .claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION)
                .claim(LtiClaims.DEPLOYMENT_ID, DemoPlatform.DEPLOYMENT_ID)
                .claim(LtiClaims.TARGET_LINK_URI, platform.launchUrl())
                .claim(LtiClaims.ROLES, user.roles())
                .claim(ResourceLinkClaim.CLAIM, Map.of("id", RESOURCE_LINK_ID, "title", "MLOps vs DevOps"))
                .claim(ContextClaim.CLAIM, Map.of("id", CONTEXT_ID, "label", CONTEXT_LABEL,
                        "title", CONTEXT_TITLE,
                        "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")))
                .claim(LaunchPresentationClaim.CLAIM, Map.of("locale", "en", "document_target", "iframe",
                        "return_url", platform.base() + "/demo"))
                .claim(LtiClaims.CUSTOM, Map.of("deck", "mlops-vs-devops", "modes", "review,quiz,explain,spaced,sheet",
                        "points", "100", "attempts", "3"))
                .claim(AgsEndpointClaim.CLAIM, Map.of(
                        "scope", List.of(AgsScope.LINEITEM, AgsScope.LINEITEM_READONLY, AgsScope.RESULT_READONLY,
                                AgsScope.SCORE),
                        "lineitems", platform.base() + "/demo/lineitems",
                        "lineitem", platform.base() + "/demo/lineitems/" + DemoGradebook.LINE_ITEM_ID))
                .claim(NrpsClaim.CLAIM, Map.of(
                        "context_memberships_url", platform.membershipsUrl(),
                        "service_versions", List.of("2.0")))
                .build();
        var header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(platform.key().getKeyID())
                .type(JOSEObjectType.JWT)
                .build();
        try {
            var jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(platform.key()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("The demo platform could not sign its id_token", e);
        }
    }
}
