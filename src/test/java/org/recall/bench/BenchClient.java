package org.recall.bench;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.recall.it.LaunchFlow;
import org.recall.it.RecallServer;
import org.recall.testplatform.IdTokenBuilder;
import org.recall.testplatform.TestPlatform;

/**
 * What one simulated browser and its platform do, as plain HTTP/1.1 requests with keep-alive: login
 * initiation (the redirect read for state and nonce, the state cookie kept), the id_token form post,
 * and the quiz calls of the study API. One instance is shared by all client threads (HttpClient is
 * thread-safe and pools connections).
 */
final class BenchClient {

    /** What login initiation handed the browser. */
    record Login(String state, String nonce, String cookie) {
    }

    /** An open quiz attempt and the answers the student will submit. */
    record OpenAttempt(String session, String attemptId, String submitBody) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final RecallServer server;
    private final LaunchFlow flow;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    BenchClient(RecallServer server, LaunchFlow flow) {
        this.server = server;
        this.flow = flow;
    }

    TestPlatform platform() {
        return flow.platform();
    }

    Login login() throws IOException, InterruptedException {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("iss", flow.issuer());
        parameters.put("login_hint", "2");
        parameters.put("target_link_uri", server.base() + "/lti/launch");
        parameters.put("lti_message_hint", "{\"cmid\":7,\"launchid\":\"ltilaunch1\"}");
        parameters.put("client_id", TestPlatform.CLIENT_ID);
        parameters.put("lti_deployment_id", TestPlatform.DEPLOYMENT_ID);
        var response = http.send(HttpRequest.newBuilder(server.uri("/lti/login")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302) {
            throw new IOException("login answered " + response.statusCode());
        }
        Map<String, String> query = query(URI.create(response.headers().firstValue("Location").orElseThrow()));
        String cookie = response.headers().firstValue("Set-Cookie").map(c -> c.split(";", 2)[0]).orElseThrow();
        return new Login(query.get("state"), query.get("nonce"), cookie);
    }

    /**
     * A Moodle student launch of the seed deck's activity {@code resourceLinkId}, as user {@code sub};
     * the AGS claim is Moodle's (never called) unless {@code agsClaim} is given.
     */
    static UnaryOperator<IdTokenBuilder> student(String sub, String resourceLinkId, Map<String, Object> agsClaim) {
        return token -> {
            token.subject(sub)
                    .claim("https://purl.imsglobal.org/spec/lti/claim/resource_link",
                            Map.of("id", resourceLinkId, "title", "MLOps vs DevOps", "description", ""))
                    .claim("https://purl.imsglobal.org/spec/lti/claim/custom", Map.of("deck", "mlops-vs-devops"));
            return agsClaim == null ? token : token.claim(AgsEndpoint.AGS_CLAIM, agsClaim);
        };
    }

    /** Signs a fresh id_token for this login (client-side CPU: one RS256 signature). */
    String sign(Login login, UnaryOperator<IdTokenBuilder> token) {
        return token.apply(flow.platform().idToken().nonce(login.nonce())).sign();
    }

    /** Posts the id_token; answers the study session token of the launch. */
    String launch(Login login, String idToken) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(server.uri("/lti/launch")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", login.cookie())
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("id_token", idToken, "state", login.state()))))
                .build(), HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        int at = location.indexOf("#session=");
        if (response.statusCode() != 303 || at < 0) {
            throw new IOException("launch answered " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        return location.substring(at + "#session=".length());
    }

    /** Starts (or reopens) a quiz attempt and prepares answers: the first option of every question. */
    OpenAttempt startAttempt(String session) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(server.uri("/api/study/quiz/attempts")).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + session)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("attempt start answered " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        JsonObject attempt = Json.createReader(new StringReader(response.body())).readObject();
        var answers = Json.createObjectBuilder();
        attempt.getJsonArray("questions").getValuesAs(JsonObject.class).forEach(q -> answers.add(q.getString("id"),
                q.getJsonArray("options").getJsonObject(0).getString("id")));
        String body = Json.createObjectBuilder().add("answers", answers).build().toString();
        return new OpenAttempt(session, attempt.get("attemptId").toString().replace("\"", ""), body);
    }

    void submit(OpenAttempt attempt) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(server.uri("/api/study/quiz/attempts/" + attempt.attemptId() + "/submit")).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + attempt.session())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(attempt.submitBody())).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("submit answered " + response.statusCode() + ": " + abbreviate(response.body()));
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(URI uri) {
        var values = new LinkedHashMap<String, String>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }
}
