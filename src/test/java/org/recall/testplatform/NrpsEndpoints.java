package org.recall.testplatform;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Makes a {@link TestPlatform} play the Names and Role Provisioning Service 2.0 of an LMS: a context
 * membership container at {@code /memberships} on the service host, served {@code pageSize} members a page
 * with a {@code Link: <...?page=n>; rel="next"} header, only to a bearer token from the {@link AgsEndpoints}
 * token endpoint issued with the NRPS scope, and only with the NRPS media type. Roles as the profile's product
 * writes them (Moodle: short names such as {@code Learner}; the others full URIs); a Canvas developer key with
 * privacy level anonymous shares no names or emails here either.
 */
public final class NrpsEndpoints {

    public static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    public static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    /** One member of the course. */
    public record Member(String userId, String name, String email, String role) {
    }

    private final TestPlatform platform;
    private final AgsEndpoints tokens;
    private final List<Member> members = new CopyOnWriteArrayList<>();
    private final List<String> pagesServed = new CopyOnWriteArrayList<>();
    private volatile int pageSize = 2;

    public NrpsEndpoints(TestPlatform platform, AgsEndpoints tokens) {
        this.platform = platform;
        this.tokens = tokens;
        platform.handleService("/memberships", this::memberships);
    }

    public String membershipsUrl() {
        return platform.serviceUri("/memberships").toString();
    }

    public NrpsEndpoints add(Member member) {
        members.add(member);
        return this;
    }

    public void pageSize(int size) {
        pageSize = size;
    }

    /** The query of every page served ({@code page=n}, or empty for the first). */
    public List<String> pagesServed() {
        return pagesServed;
    }

    private void memberships(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String scope = auth != null && auth.startsWith("Bearer ") ? tokens.scopeOf(auth.substring(7)) : null;
        if (scope == null || !List.of(scope.split(" ")).contains(SCOPE)) {
            answer(exchange, 401, "application/json", "{\"error\":\"invalid_token\"}");
            return;
        }
        if (!MEDIA_TYPE.equals(exchange.getRequestHeaders().getFirst("Accept"))) {
            answer(exchange, 406, "application/json", "{\"error\":\"not acceptable\"}");
            return;
        }
        String query = exchange.getRequestURI().getRawQuery();
        pagesServed.add(query == null ? "" : query);
        int page = Integer.parseInt(AgsEndpoints.form(query == null ? "" : query).getOrDefault("page", "0"));
        var all = List.copyOf(members);
        int from = Math.min(all.size(), page * pageSize);
        int to = Math.min(all.size(), from + pageSize);
        if (to < all.size()) {
            exchange.getResponseHeaders().add("Link", "<" + platform.serviceUri("/memberships?page=" + (page + 1)) + ">; rel=\"next\"");
        }
        var body = new StringBuilder("{\"id\":\"").append(platform.serviceUri("/memberships"))
                .append("\",\"context\":{\"id\":\"course-1\",\"title\":\"Course\"},\"members\":[");
        for (int i = from; i < to; i++) {
            Member m = all.get(i);
            var member = new java.util.LinkedHashMap<String, Object>();
            member.put("status", "Active");
            member.put("user_id", m.userId());
            if (platform.profile().sharesNames()) {
                member.put("name", m.name());
                member.put("email", m.email());
            }
            member.put("roles", List.of(platform.profile().rosterRole(m.role())));
            body.append(i > from ? "," : "").append(com.nimbusds.jose.util.JSONObjectUtils.toJSONString(member));
        }
        answer(exchange, 200, MEDIA_TYPE, body.append("]}").toString());
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
