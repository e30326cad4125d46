package org.recall.lti.claims;

import java.util.Map;
import java.util.Optional;

/**
 * The placement of the tool in the course, LTI 1.3 Core §5.3.5 (required in a resource link launch).
 * Sample:
 * <pre>{@code
 * "https://purl.imsglobal.org/spec/lti/claim/resource_link": {
 *   "id": "7", "title": "Week 1 verbs", "description": "" }
 * }</pre>
 */
public record ResourceLinkClaim(String id, Optional<String> title) {

    public static final String CLAIM = LtiClaims.LTI + "resource_link";

    public static ResourceLinkClaim from(Map<String, Object> json) {
        ClaimValues values = new ClaimValues(json);
        return new ResourceLinkClaim(values.string("id").orElse(""), values.string("title"));
    }
}
