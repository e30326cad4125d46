package org.recall.lti.claims;

import java.util.Map;
import java.util.Optional;

/**
 * The course the launch comes from, LTI 1.3 Core §5.4.1. Sample:
 * <pre>{@code
 * "https://purl.imsglobal.org/spec/lti/claim/context": {
 *   "id": "42", "label": "FR101", "title": "French for beginners",
 *   "type": ["http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering"] }
 * }</pre>
 */
public record ContextClaim(String id, Optional<String> label, Optional<String> title) {

    public static final String CLAIM = LtiClaims.LTI + "context";

    public static ContextClaim from(Map<String, Object> json) {
        ClaimValues values = new ClaimValues(json);
        return new ContextClaim(values.string("id").orElse(""), values.string("label"), values.string("title"));
    }
}
