package org.recall.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recall.testplatform.RegistrationEndpoints;

/**
 * Drives LTI Dynamic Registration against a running Recall as a platform's administrator does: the
 * platform opens Recall's registration URL (the plain one, or an administrator's one-time link) with its
 * configuration URL and registration token; the administrator presses "Register Recall". Also the Recall
 * administrator's side: registration links, and approving pending platforms, through the admin API.
 */
final class RegistrationFlow {

    private static final java.util.concurrent.atomic.AtomicInteger BROWSERS = new java.util.concurrent.atomic.AtomicInteger();

    private final RecallServer server;
    private final LaunchFlow http;

    RegistrationFlow(RecallServer server, LaunchFlow http) {
        this.server = server;
        this.http = http;
    }

    /**
     * Opens {@code registrationUrl} (null: the plain /lti/register) as the platform does, from the browser at
     * {@code clientAddress} (the test server trusts {@code X-Forwarded-For} as a proxy would set it).
     */
    HttpResponse<String> start(RegistrationEndpoints platform, String registrationUrl, String token, String clientAddress) {
        String url = registrationUrl != null ? registrationUrl : server.uri("/lti/register").toString();
        String query = "openid_configuration=" + URLEncoder.encode(platform.configurationUrl(), StandardCharsets.UTF_8)
                + "&registration_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(java.net.URI.create(url + "?" + query))
                .header("X-Forwarded-For", clientAddress).build());
    }

    /** Each from a browser of its own, so that tests never meet each other's per-address limits. */
    HttpResponse<String> start(RegistrationEndpoints platform, String registrationUrl) {
        int n = BROWSERS.incrementAndGet();
        return start(platform, registrationUrl, RegistrationEndpoints.REGISTRATION_TOKEN, "10.8." + (n / 250) + "." + (n % 250));
    }

    /** Presses "Register Recall" on the page {@link #start} showed. */
    HttpResponse<String> confirm(String page) {
        Matcher id = Pattern.compile("name=\"registration\" value=\"([^\"]+)\"").matcher(page);
        if (!id.find()) {
            throw new AssertionError("no confirmation form in: " + page);
        }
        return http.send(HttpRequest.newBuilder(server.uri("/lti/register"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("registration=" + URLEncoder.encode(id.group(1), StandardCharsets.UTF_8)))
                .build());
    }

    /** A new one-time registration link (its URL) from the admin API. */
    String link(boolean allowOtherOrigins) {
        return newLink(allowOtherOrigins).getString("url");
    }

    /** A new one-time registration link as the admin API answers it: {@code id}, {@code url}, ... */
    JsonObject newLink(boolean allowOtherOrigins) {
        var created = http.admin("POST", "/api/admin/registration-links",
                "{\"label\": \"test\", \"validHours\": 1, \"allowOtherOrigins\": " + allowOtherOrigins + "}");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("link refused: " + created.body());
        }
        return object(created.body());
    }

    /** The platform with this issuer as {@code GET /api/admin/platforms} lists it. */
    Optional<JsonObject> platform(String issuer) {
        try (var reader = Json.createReader(new StringReader(http.admin("GET", "/api/admin/platforms", null).body()))) {
            JsonArray list = reader.readArray();
            return list.stream().map(JsonObject.class::cast).filter(p -> p.getString("issuer").equals(issuer)).findFirst();
        }
    }

    HttpResponse<String> approve(long platformId, boolean allowOtherOrigins) {
        return http.admin("POST", "/api/admin/platforms/" + platformId + "/approval",
                "{\"allowOtherOrigins\": " + allowOtherOrigins + "}");
    }

    static JsonObject object(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
