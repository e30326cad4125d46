package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.DisabledIf;
import org.recall.lti.ags.AgsScope;
import org.recall.lti.claims.AgsEndpointClaim;
import org.recall.lti.claims.DeepLinkingSettingsClaim;
import org.recall.lti.claims.LtiClaims;
import org.recall.testplatform.AgsEndpoints;
import org.recall.testplatform.TestPlatform;

/**
 * Recall behind a TLS-terminating nginx (docs/deploy.md), as a university runs it: two instances sharing one
 * database (PostgreSQL in the PostgreSQL run, else one H2 file in server mode), nginx on
 * {@code https://localhost:<port>} with a self-signed certificate, {@code RECALL_BASE_URL} set to it. A student
 * launches, studies and submits the quiz, the score reaches the platform's gradebook, an instructor deep-links
 * an activity; every URL Recall hands out on the way uses the https base, never an instance's address.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisabledIf(value = "postgresqlRunFollows", disabledReason = "runs once, in the PostgreSQL run, where the instances share PostgreSQL")
class TlsProxyIT {

    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    static final String METRICS_TOKEN = "it-metrics-token-42";
    /** A URL of this machine: Recall's must all start with the https base. */
    static final Pattern LOCAL_URL = Pattern.compile("https?://(?:localhost|127\\.0\\.0\\.1)(?::\\d+)?[^\"'\\s<>]*");

    private RecallServer a;
    private RecallServer b;
    private TlsProxy proxy;
    private HttpClient http;
    private LaunchFlow flow;
    private AgsEndpoints ags;
    private final Map<String, RSAKey> toolKeys = new ConcurrentHashMap<>();
    /** Every URL of this machine that Recall gave out in this test, with where it was found. */
    private final List<String> handedOut = new ArrayList<>();

    static boolean postgresqlRunFollows() {
        return TestStore.current() == TestStore.H2 && TestStore.postgresqlAvailable();
    }

    @BeforeAll
    void start() throws Exception {
        assertTrue(Files.isExecutable(Path.of("/usr/sbin/nginx")), "Debian's nginx is needed: apt-get install nginx");
        var env = new HashMap<String, String>(TestStore.current() == TestStore.POSTGRESQL
                ? TestStore.freshSchema("tls_proxy")
                : Map.of("RECALL_DB_URL", "jdbc:h2:file:" + Files.createTempDirectory("recall-tls-it-").resolve("recall")
                        + ";AUTO_SERVER=TRUE"));
        env.put("RECALL_METRICS_TOKEN", METRICS_TOKEN);
        // The proxy's port is chosen before the instances start: they must know their public URL.
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        env.put("RECALL_BASE_URL", "https://localhost:" + port);
        proxy = TlsProxy.create(port);
        a = RecallServer.start(env, proxy.trustOptions());
        b = RecallServer.start(env, proxy.trustOptions());
        var platform = new TestPlatform(0, "https://lms-" + java.util.UUID.randomUUID() + ".test", URI.create("https://localhost:" + port));
        proxy.start(List.of(a, b), platform.uri("/").getPort());
        http = HttpClient.newBuilder().sslContext(proxy.trust()).followRedirects(HttpClient.Redirect.NEVER).build();
        flow = LaunchFlow.of(proxy.base(), http, platform);
        // The platform as Recall reaches it: over https, through the proxy.
        String lms = proxy.platformBase().toString();
        var registered = flow.admin("POST", "/api/admin/platforms", Json.createObjectBuilder()
                .add("issuer", platform.issuer()).add("clientId", TestPlatform.CLIENT_ID)
                .add("authorizationEndpoint", lms + "/auth").add("tokenEndpoint", lms + "/token").add("jwksUri", lms + "/jwks")
                .add("deploymentIds", Json.createArrayBuilder().add(TestPlatform.DEPLOYMENT_ID)).build().toString());
        assertEquals(201, registered.statusCode(), registered.body());
        ags = new AgsEndpoints(platform, kid -> toolKeys.computeIfAbsent(kid, this::toolKey));
        ags.tokenAudience(lms + "/token");
    }

    /** A URL of the platform's as Recall knows it: on the proxy's https address. */
    private String platformUrl(String platformUrl) {
        URI url = URI.create(platformUrl);
        return proxy.platformBase() + url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    }

    @AfterAll
    void stop() throws Exception {
        for (AutoCloseable part : new AutoCloseable[] {flow, proxy, b, a}) {
            if (part != null) {
                part.close();
            }
        }
    }

    @Test
    void aStudentLaunchesStudiesAndIsGradedThroughHttpsAndEveryUrlUsesTheHttpsBase() throws Exception {
        String base = proxy.base().toString();
        String lineItem = platformUrl(ags.addLineItem("Quiz", 10, "7", null, null));
        String lineItems = platformUrl(ags.lineItemsUrl());
        var login = flow.login();
        assertEquals(302, login.status(), login.body());
        note("login redirect_uri", LaunchFlow.query(login.authorizationUri()).get("redirect_uri"));
        assertEquals(base + "/lti/launch", LaunchFlow.query(login.authorizationUri()).get("redirect_uri"));
        var launch = flow.post(login, flow.platform().idToken().nonce(login.nonce()).subject("tls-student")
                .claim(LtiClaims.CUSTOM, Map.of("deck", "mlops-vs-devops", "modes", "review,quiz", "points", "10"))
                .claim(AgsEndpointClaim.CLAIM, Map.of("scope", List.of(AgsScope.SCORE, AgsScope.LINEITEM),
                        "lineitems", lineItems, "lineitem", lineItem)).sign(), login.state(), login.cookie());
        assertEquals(303, launch.statusCode(), launch.body());
        String location = launch.headers().firstValue("Location").orElseThrow();
        note("launch redirect", location);
        assertTrue(location.startsWith(base + "/app/study.html#session="), location);
        String token = LaunchFlow.sessionToken(launch).orElseThrow();

        // The page and the API answer through the proxy, whichever instance serves each request.
        assertEquals(200, send("GET", "/app/study.html", null, null).statusCode());
        JsonObject session = json(send("GET", "/api/study/session", token, null));
        noteAll("study session", session.toString());
        assertEquals(200, send("POST", "/api/study/review/ratings", token, "{\"cardId\":\"c1\",\"rating\":\"known\"}").statusCode());
        long attempt = json(send("POST", "/api/study/quiz/attempts", token, null)).getJsonNumber("attemptId").longValue();
        assertEquals(200, send("POST", "/api/study/quiz/attempts/" + attempt + "/submit", token,
                "{\"answers\":{\"q1\":\"a\"}}").statusCode());
        MetricsIT.await(() -> ags.scores().size() == 1, Duration.ofSeconds(30));
        assertEquals(URI.create(lineItem).getPath() + "/scores", ags.scores().get(0).path());
        noteAll("score sent", ags.scores().get(0).body());
        MetricsIT.await(() -> json(send("GET", "/api/study/grade", token, null)).getString("status").equals("sent"),
                Duration.ofSeconds(10));

        // What Recall tells platforms and admins about itself.
        String canvas = send("GET", "/lti/config/canvas.json", null, null).body();
        noteAll("Canvas configuration", canvas);
        assertTrue(canvas.contains(base + "/.well-known/jwks.json") && canvas.contains(base + "/lti/login"), canvas);
        var openapi = json(send("GET", "/openapi", null, null, Map.of("Accept", "application/json")));
        noteAll("API description servers", openapi.getJsonArray("servers").toString());
        assertEquals(200, send("GET", "/.well-known/jwks.json", null, null).statusCode());
        var scorm = http.send(request("GET", "/api/decks/mlops-vs-devops/scorm?version=1.2", RecallServer.ADMIN_TOKEN, null)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, scorm.statusCode());
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(scorm.body()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                noteAll("SCORM package " + entry.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        var admin = send("GET", "/admin", null, null);
        note("admin page redirect", admin.headers().firstValue("Location").orElseThrow());

        // An instructor adds an activity through Deep Linking: the link Recall signs points at the https base.
        String teacher = LaunchFlow.sessionToken(flow.launch(t -> t.deepLinkingRequest().roles(INSTRUCTOR)
                .claim(DeepLinkingSettingsClaim.CLAIM, deepLinkingSettings()))).orElseThrow();
        JsonObject answer = json(send("POST", "/api/deep-linking/response", teacher,
                "{\"deck\":\"mlops-vs-devops\",\"modes\":[\"review\",\"quiz\"],\"points\":10,\"attempts\":null,\"title\":\"Quiz\"}"));
        Object items = SignedJWT.parse(answer.getString("jwt")).getJWTClaimsSet()
                .getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
        noteAll("deep linking content items", items.toString());
        assertTrue(items.toString().contains(base + "/lti/launch"), items.toString());

        List<String> foreign = handedOut.stream().filter(u -> !u.contains(" " + base + "/") && !u.endsWith(" " + base)
                && !u.contains(" " + proxy.platformBase())).toList();
        assertEquals(List.of(), foreign, "URLs of this machine not on the https base");
        assertTrue(handedOut.size() >= 8, handedOut.toString());
    }

    @Test
    void plainHttpIsSentToHttpsAndMetricsAreNotServedThroughTheProxy() throws Exception {
        var plain = http.send(HttpRequest.newBuilder(proxy.plainBase().resolve("/lti/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(301, plain.statusCode());
        assertTrue(plain.headers().firstValue("Location").orElseThrow().startsWith("https://"));
        assertEquals(404, send("GET", "/metrics", null, null).statusCode(), "the proxy keeps /metrics off the internet");
        var client = HttpClient.newHttpClient();
        var refused = client.send(HttpRequest.newBuilder(a.uri("/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, refused.statusCode(), "with RECALL_METRICS_TOKEN set, even loopback needs it");
        var scraped = client.send(HttpRequest.newBuilder(b.uri("/metrics")).header("Authorization", "Bearer " + METRICS_TOKEN)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, scraped.statusCode());
        PrometheusText.parse(scraped.body());
    }

    private Map<String, Object> deepLinkingSettings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("deep_link_return_url", platformUrl(flow.platform().uri("/deep-link-return").toString()));
        settings.put("accept_types", List.of("ltiResourceLink"));
        settings.put("accept_presentation_document_targets", List.of("iframe", "window"));
        settings.put("accept_lineitem", true);
        return settings;
    }

    private void note(String where, String url) {
        handedOut.add(where + ": " + url);
    }

    private void noteAll(String where, String text) {
        Matcher m = LOCAL_URL.matcher(text);
        while (m.find()) {
            note(where, m.group());
        }
    }

    private RSAKey toolKey(String kid) {
        try {
            String jwks = send("GET", "/.well-known/jwks.json", null, null).body();
            return (RSAKey) JWKSet.parse(jwks).getKeyByKeyId(kid);
        } catch (java.text.ParseException e) {
            return null;
        }
    }

    private HttpResponse<String> send(String method, String path, String token, String body) {
        return send(method, path, token, body, Map.of());
    }

    private HttpResponse<String> send(String method, String path, String token, String body, Map<String, String> headers) {
        var request = request(method, path, token, body);
        headers.forEach(request::setHeader);
        return flow.send(request.build());
    }

    private HttpRequest.Builder request(String method, String path, String token, String body) {
        var request = HttpRequest.newBuilder(URI.create(proxy.base() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return request;
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertTrue(response.statusCode() < 300, response.statusCode() + " " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
