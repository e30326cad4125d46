package org.recall.lti.claims;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where and how the tool may send grades, LTI AGS 2.0 §3.1. Sample:
 * <pre>{@code
 * "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint": {
 *   "scope": ["https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
 *             "https://purl.imsglobal.org/spec/lti-ags/scope/score"],
 *   "lineitems": "https://moodle.example/mod/lti/services.php/42/lineitems?type_id=1",
 *   "lineitem": "https://moodle.example/mod/lti/services.php/42/lineitems/9/lineitem?type_id=1" }
 * }</pre>
 */
public record AgsEndpointClaim(Set<String> scopes, Optional<URI> lineItems, Optional<URI> lineItem) {

    public static final String CLAIM = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";

    public AgsEndpointClaim {
        scopes = Set.copyOf(scopes);
    }

    public static AgsEndpointClaim from(Map<String, Object> json) {
        ClaimValues values = new ClaimValues(json);
        return new AgsEndpointClaim(
                Set.copyOf(values.strings("scope")), values.uri("lineitems"), values.uri("lineitem"));
    }
}
