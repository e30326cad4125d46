package org.recall.lti.claims;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Where the tool may read the course roster, LTI NRPS 2.0 §3.6.1. Sample:
 * <pre>{@code
 * "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice": {
 *   "context_memberships_url": "https://moodle.example/mod/lti/services.php/CourseSection/42/bindings/1/memberships",
 *   "service_versions": ["1.0", "2.0"] }
 * }</pre>
 */
public record NrpsClaim(URI contextMembershipsUrl, List<String> serviceVersions) {

    public static final String CLAIM = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

    public NrpsClaim {
        serviceVersions = List.copyOf(serviceVersions);
    }

    public static NrpsClaim from(Map<String, Object> json) {
        ClaimValues values = new ClaimValues(json);
        return new NrpsClaim(
                values.uri("context_memberships_url").orElseThrow(), values.strings("service_versions"));
    }
}
