package org.recall.bench;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recall.testplatform.TestPlatform;

/**
 * The platform's side of a course launch: its OIDC authorization endpoint ({@code /auth}), which answers
 * the tool's authentication request (Security Framework §5.1.1.2) as Moodle does, with a page that
 * form-posts a freshly signed id_token and the state to the tool's redirect URI. The student is the
 * {@code login_hint}, the activity (resource link) the {@code lti_message_hint}, both sent by
 * {@link CourseBrowser}'s login initiation. The RS256 signature is the platform's CPU, spent in this JVM.
 */
final class CoursePlatform {

    static final String COURSE = "bench-course";

    private final TestPlatform platform;
    private final URI targetLinkUri;
    private volatile Map<String, Object> agsClaim;

    CoursePlatform(TestPlatform platform, URI targetLinkUri) {
        this.platform = platform;
        this.targetLinkUri = targetLinkUri;
        platform.handle("/auth", this::authorize);
    }

    TestPlatform platform() {
        return platform;
    }

    URI targetLinkUri() {
        return targetLinkUri;
    }

    /** From now on launches carry this AGS claim (scores go to the benchmark's AGS endpoint). */
    void gradeServiceAt(Map<String, Object> claim) {
        this.agsClaim = claim;
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String student = query.get("login_hint");
        String link = query.get("lti_message_hint");
        var token = platform.idToken().nonce(query.get("nonce")).subject(student)
                .claim("aud", query.get("client_id"))
                .claim("name", "Student " + student).claim("given_name", "Student").claim("family_name", student)
                .claim("email", student + "@example.org")
                .claim("https://purl.imsglobal.org/spec/lti/claim/target_link_uri", targetLinkUri.toString())
                .claim("https://purl.imsglobal.org/spec/lti/claim/resource_link",
                        Map.of("id", link, "title", "Activity " + link, "description", ""))
                .claim("https://purl.imsglobal.org/spec/lti/claim/context",
                        Map.of("id", COURSE, "label", "BENCH", "title", "Benchmark course", "type", List.of("CourseSection")))
                .claim("https://purl.imsglobal.org/spec/lti/claim/custom",
                        Map.of("deck", "mlops-vs-devops", "attempts", "unlimited"));
        Map<String, Object> ags = agsClaim;
        if (ags != null) {
            token.claim(AgsEndpoint.AGS_CLAIM, ags);
        }
        String page = "<!DOCTYPE html><html><head><title>Launching</title></head><body onload=\"document.forms[0].submit()\">"
                + "<form method=\"post\" action=\"" + query.get("redirect_uri") + "\">"
                + "<input type=\"hidden\" name=\"id_token\" value=\"" + token.sign() + "\">"
                + "<input type=\"hidden\" name=\"state\" value=\"" + query.get("state") + "\">"
                + "</form></body></html>";
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static Map<String, String> query(String raw) {
        var values = new HashMap<String, String>();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }
}
