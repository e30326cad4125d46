package org.recall.lti.nrps;

import java.util.List;
import java.util.Map;

/**
 * One member of a context (NRPS 2.0 §2.2). Sample:
 * <pre>{@code
 * {"status": "Active", "name": "Jane Q. Public", "email": "jane@platform.example.edu",
 *  "user_id": "0ae836b9-7fc9-4060-006f-27b2066ac545", "roles": ["Learner"]}
 * }</pre>
 * Roles come as short names ({@code Learner}, what Moodle sends) or full URIs
 * ({@code http://purl.imsglobal.org/vocab/lis/v2/membership#Learner}).
 *
 * @param status {@code Active} when absent (§2.2: the default)
 */
public record Member(String userId, String name, String email, String status, List<String> roles) {

    public Member {
        roles = List.copyOf(roles);
        status = status == null ? "Active" : status;
    }

    public boolean isActive() {
        return "Active".equalsIgnoreCase(status);
    }

    public boolean isLearner() {
        return roles.stream().anyMatch(r -> r.equals("Learner") || r.endsWith("#Learner") || r.endsWith("/Learner"));
    }

    static Member fromJson(Map<String, Object> json) {
        Object roles = json.get("roles");
        List<String> names = roles instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        return new Member(text(json, "user_id"), text(json, "name"), text(json, "email"), text(json, "status"), names);
    }

    private static String text(Map<String, Object> json, String name) {
        Object v = json.get(name);
        return v == null ? null : v.toString();
    }
}
