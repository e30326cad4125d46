package org.recall.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.recall.testplatform.IdTokenBuilder;
import org.recall.testplatform.TestPlatform;

/**
 * Drives LTI launches against a running Recall the way a platform and a browser do: login initiation,
 * the redirect to the platform's authorization endpoint (read for its state and nonce), then the
 * id_token form post with the state cookie. Each test platform gets its own issuer, registered through
 * the admin API, so that tests sharing one server never see each other's registrations.
 */
public final class LaunchFlow implements AutoCloseable {

    /** What login initiation handed the browser. */
    public record Login(int status, URI authorizationUri, String state, String nonce, String cookie, String body) {
    }

    private final URI base;
    private final TestPlatform platform;
    private final HttpClient http;

    private LaunchFlow(URI base, TestPlatform platform, HttpClient http) {
        this.base = base;
        this.platform = platform;
        this.http = http;
    }

    /** A new test platform with a unique issuer, registered in the server's registry. */
    public static LaunchFlow register(RecallServer server) {
        return register(server.base(), HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** The same, with Recall at {@code base} reached through {@code http} (e.g. behind a TLS proxy). */
    public static LaunchFlow register(URI base, HttpClient http) {
        var platform = new TestPlatform(0, "https://lms-" + UUID.randomUUID() + ".test", base);
        var flow = new LaunchFlow(base, platform, http);
        var created = flow.admin("POST", "/api/admin/platforms", """
                {"issuer": "%s", "clientId": "%s", "authorizationEndpoint": "%s", "tokenEndpoint": "%s",
                 "jwksUri": "%s", "deploymentIds": ["%s"]}""".formatted(platform.platform().issuer(),
                TestPlatform.CLIENT_ID, platform.uri("/auth"), platform.uri("/token"), platform.uri("/jwks"),
                TestPlatform.DEPLOYMENT_ID));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("registration refused: " + created.body());
        }
        return flow;
    }

    /** A flow for a test platform registered some other way, with Recall at {@code base} reached through {@code http}. */
    public static LaunchFlow of(URI base, HttpClient http, TestPlatform platform) {
        return new LaunchFlow(base, platform, http);
    }

    /** A flow for a test platform already registered some other way (e.g. by dynamic registration). */
    public static LaunchFlow of(RecallServer server, TestPlatform platform) {
        return new LaunchFlow(server.base(), platform, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
    }

    public TestPlatform platform() {
        return platform;
    }

    public String issuer() {
        return platform.platform().issuer();
    }

    /**
     * Login initiation exactly as the platform's {@link org.recall.testplatform.Profile} starts it (its
     * parameters, GET or POST); a login answered with the platform storage page (no redirect) is read from the
     * page's {@code data-next}, as the page's script would go on.
     */
    public Login loginAsProfile(String deploymentId) {
        var profile = platform.profile();
        var parameters = profile.loginParameters(platform, base + "/lti/launch", deploymentId);
        HttpResponse<String> response = profile.logsInByGet()
                ? send(HttpRequest.newBuilder(base.resolve("/lti/login?" + form(parameters))).GET().build())
                : send(HttpRequest.newBuilder(base.resolve("/lti/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(parameters))).build());
        URI location = response.headers().firstValue("Location").map(URI::create)
                .or(() -> dataNext(response.body())).orElse(null);
        Map<String, String> query = location == null ? Map.of() : query(location);
        String cookie = response.headers().firstValue("Set-Cookie").map(c -> c.split(";", 2)[0]).orElse(null);
        return new Login(response.statusCode(), location, query.get("state"), query.get("nonce"), cookie, response.body());
    }

    /** A launch as the platform's profile makes it: its login, then the id_token posted with the cookie. */
    public HttpResponse<String> launchAsProfile(String deploymentId, UnaryOperator<IdTokenBuilder> token) {
        Login login = loginAsProfile(deploymentId);
        return post(login, token.apply(platform.idToken().nonce(login.nonce())).sign(), login.state(), login.cookie());
    }

    private static Optional<URI> dataNext(String page) {
        var next = java.util.regex.Pattern.compile("data-next=\"([^\"]+)\"").matcher(page == null ? "" : page);
        return next.find() ? Optional.of(URI.create(next.group(1).replace("&amp;", "&"))) : Optional.empty();
    }

    /** Login initiation as the platform starts it, with the standard parameters plus {@code extra}. */
    public Login login(Map<String, String> extra) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("iss", issuer());
        parameters.put("login_hint", "2");
        parameters.put("target_link_uri", base + "/lti/launch");
        parameters.put("lti_message_hint", "{\"cmid\":7,\"launchid\":\"ltilaunch1\"}");
        parameters.put("client_id", TestPlatform.CLIENT_ID);
        parameters.put("lti_deployment_id", TestPlatform.DEPLOYMENT_ID);
        parameters.putAll(extra);
        parameters.values().removeIf(v -> v == null);
        var response = send(HttpRequest.newBuilder(base.resolve("/lti/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters))).build());
        URI location = response.headers().firstValue("Location").map(URI::create).orElse(null);
        Map<String, String> query = location == null ? Map.of() : query(location);
        String cookie = response.headers().firstValue("Set-Cookie").map(c -> c.split(";", 2)[0]).orElse(null);
        return new Login(response.statusCode(), location, query.get("state"), query.get("nonce"), cookie, response.body());
    }

    public Login login() {
        return login(Map.of());
    }

    /** A full launch: login, then the id_token (shaped by {@code token}, nonce filled in) posted with the cookie. */
    public HttpResponse<String> launch(UnaryOperator<IdTokenBuilder> token) {
        Login login = login();
        return post(login, token.apply(platform.idToken().nonce(login.nonce())).sign(), login.state(), login.cookie());
    }

    /** Posts a launch form as the browser would, with the cookie when given. */
    public HttpResponse<String> post(Login login, String idToken, String state, String cookie) {
        return post(base, idToken, state, cookie);
    }

    /** Posts a launch form to {@code target}: another instance behind the same public URL. */
    public HttpResponse<String> post(RecallServer target, String idToken, String state, String cookie) {
        return post(target.base(), idToken, state, cookie);
    }

    private HttpResponse<String> post(URI target, String idToken, String state, String cookie) {
        var form = new LinkedHashMap<String, String>();
        form.put("id_token", idToken);
        form.put("state", state);
        var request = HttpRequest.newBuilder(target.resolve("/lti/launch"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request.build());
    }

    /** Posts a launch form with any fields and extra headers (name, value, ...), without cookie. */
    public HttpResponse<String> postForm(Map<String, String> fields, String... headers) {
        var request = HttpRequest.newBuilder(base.resolve("/lti/launch"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** The study session token a successful launch put in the redirect's fragment. */
    public static Optional<String> sessionToken(HttpResponse<String> launch) {
        return launch.headers().firstValue("Location")
                .filter(l -> l.contains("#session="))
                .map(l -> l.substring(l.indexOf("#session=") + "#session=".length()));
    }

    /** Launches as the given user (Moodle-like student unless roles say otherwise) and returns the session token. */
    public String session(UnaryOperator<IdTokenBuilder> token) {
        var response = launch(token);
        return sessionToken(response).orElseThrow(() -> new IllegalStateException(
                "launch refused (" + response.statusCode() + "): " + response.body()));
    }

    public HttpResponse<String> admin(String method, String path, String body) {
        var request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + RecallServer.ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(request.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Map<String, String> query(URI uri) {
        var values = new LinkedHashMap<String, String>();
        if (uri.getRawQuery() == null) {
            return values;
        }
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    @Override
    public void close() {
        platform.close();
    }
}
