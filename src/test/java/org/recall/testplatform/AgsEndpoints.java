package org.recall.testplatform;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Makes a {@link TestPlatform} play the AGS side of an LMS, the way its {@link Profile}'s product does: a token
 * endpoint at {@code /token} that verifies the tool's client assertion (signature with the tool's public key,
 * {@code iss} = {@code sub} = client id, {@code aud} = the token endpoint, {@code jti}, {@code exp}) and mints
 * bearer tokens, answered with the product's media type (Moodle: {@code text/html}); and, on the service host,
 * line items at {@code /lineitems} (container GET with the {@code resource_link_id} filter and paging, POST,
 * {@code /lineitems/{n}/lineitem} GET and PUT, {@code /scores}, {@code /results}) over a {@link Gradebook} that
 * holds what it accepted. Failures can be scripted for the next score posts.
 */
public final class AgsEndpoints {

    /** One request the platform received. */
    public record Received(String method, String path, String query, String contentType, String authorization,
            String body) {
    }

    /** What the next score post gets instead of the gradebook's answer: a status (with Retry-After), or a slow answer. */
    public record Failure(int status, String retryAfter, Duration delay, String body) {
        public static Failure status(int status) {
            return new Failure(status, null, Duration.ZERO, "{\"error\":\"status " + status + "\"}");
        }

        public static Failure slow(Duration delay) {
            return new Failure(200, null, delay, "");
        }
    }

    static final String SCORE = "application/vnd.ims.lis.v1.score+json";
    static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";
    static final String CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    static final String RESULTS = "application/vnd.ims.lis.v2.resultcontainer+json";

    private final TestPlatform platform;
    private final Profile profile;
    private final Gradebook gradebook;
    private final Function<String, RSAKey> toolKeyByKid;
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final List<JWTClaimsSet> assertions = new CopyOnWriteArrayList<>();
    private final List<String> requestedScopes = new CopyOnWriteArrayList<>();
    private final List<String> tokenContentTypes = new CopyOnWriteArrayList<>();
    private final List<Received> scores = new CopyOnWriteArrayList<>();
    private final List<Received> lineItemCreations = new CopyOnWriteArrayList<>();
    private final List<Received> lineItemUpdates = new CopyOnWriteArrayList<>();
    private final Deque<Failure> failures = new ArrayDeque<>();
    private volatile String tokenAudience;
    private volatile int pageSize = 100;
    private volatile long tokenLifetime = 3600;
    private volatile String tokenContentType;
    private volatile TestPlatform.Endpoint tokenAnswer;
    private volatile String nextToken;

    public AgsEndpoints(TestPlatform platform, Function<String, RSAKey> toolKeyByKid) {
        this.platform = platform;
        this.profile = platform.profile();
        this.gradebook = new Gradebook(profile);
        this.toolKeyByKid = toolKeyByKid;
        this.tokenContentType = profile.tokenContentType();
        platform.handle("/token", this::token);
        platform.handleService("/lineitems", this::lineItems);
    }

    public Gradebook gradebook() {
        return gradebook;
    }

    public String lineItemsUrl() {
        return platform.serviceUri("/lineitems").toString();
    }

    /** Adds a line item to the container (as the platform does for a deep-linked link); returns its URL. */
    public synchronized String addLineItem(String label, double max, String resourceLinkId, String resourceId, String tag) {
        String id = platform.serviceUri("/lineitems/" + (gradebook.lineItems.size() + 1) + "/lineitem").toString()
                + (profile == Profile.MOODLE ? "?type_id=1" : "");
        var item = new LinkedHashMap<String, Object>();
        item.put("id", id);
        item.put("label", label);
        item.put("scoreMaximum", max);
        if (resourceLinkId != null) item.put("resourceLinkId", resourceLinkId);
        if (resourceId != null) item.put("resourceId", resourceId);
        if (tag != null) item.put("tag", tag);
        gradebook.lineItems.add(item);
        return id;
    }

    public void pageSize(int size) {
        pageSize = size;
    }

    /** The token endpoint's URL as the tool knows it, when the platform sits behind a proxy (the assertion's aud). */
    public void tokenAudience(String url) {
        tokenAudience = url;
    }

    public void tokenLifetime(long seconds) {
        tokenLifetime = seconds;
    }

    /** The Content-Type of token answers (the profile's by default: Moodle's token.php sends {@code text/html}). */
    public void tokenContentType(String contentType) {
        tokenContentType = contentType;
    }

    /** The access token the next token answer carries (e.g. a recognizable fake one). */
    public void issueNext(String token) {
        nextToken = token;
    }

    /** Makes {@code endpoint} answer every token request from now on (null: the real token endpoint again). */
    public void tokenAnswer(TestPlatform.Endpoint endpoint) {
        tokenAnswer = endpoint;
    }

    public synchronized void failNext(Failure... next) {
        failures.addAll(List.of(next));
    }

    public int tokenRequests() {
        return tokenRequests.get();
    }

    public List<JWTClaimsSet> assertions() {
        return assertions;
    }

    public List<String> requestedScopes() {
        return requestedScopes;
    }

    /** The Content-Type of every successful token answer sent. */
    public List<String> tokenContentTypes() {
        return tokenContentTypes;
    }

    /** Every score post the gradebook accepted. */
    public List<Received> scores() {
        return scores;
    }

    public List<Received> lineItemCreations() {
        return lineItemCreations;
    }

    /** Line item PUTs (AGS 2.0 §3.2.6), e.g. a new {@code scoreMaximum}. */
    public List<Received> lineItemUpdates() {
        return lineItemUpdates;
    }

    /** The scope a token was issued for; null for a token this platform never issued. */
    public String scopeOf(String token) {
        return tokens.get(token);
    }

    public Set<String> issuedTokens() {
        return tokens.keySet();
    }

    /** Forgets every token issued so far: the tool's next call gets 401 and must ask for a new one. */
    public void revokeTokens() {
        tokens.clear();
    }

    private void token(HttpExchange exchange) throws IOException {
        tokenRequests.incrementAndGet();
        TestPlatform.Endpoint replaced = tokenAnswer;
        if (replaced != null) {
            replaced.answer(exchange);
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String expectedAudience = tokenAudience != null ? tokenAudience : platform.uri("/token").toString();
        try {
            require("client_credentials".equals(form.get("grant_type")), "grant_type");
            require("urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(form.get("client_assertion_type")),
                    "client_assertion_type");
            SignedJWT jwt = SignedJWT.parse(form.get("client_assertion"));
            RSAKey key = toolKeyByKid.apply(jwt.getHeader().getKeyID());
            require(key != null, "unknown kid");
            require(jwt.verify(new RSASSAVerifier(key.toRSAPublicKey())), "signature");
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            require(platform.clientId().equals(claims.getIssuer()) && platform.clientId().equals(claims.getSubject()),
                    "iss/sub");
            require(claims.getAudience().contains(expectedAudience), "aud");
            require(claims.getJWTID() != null && claims.getExpirationTime().getTime() > System.currentTimeMillis(), "jti/exp");
            assertions.add(claims);
        } catch (Exception e) {
            // Moodle answers every refusal 400 {"error": …}; the others 401 for a client that did not authenticate.
            int status = profile == Profile.MOODLE ? 400 : 401;
            answer(exchange, status, tokenContentType, "{\"error\":\"invalid_client\",\"error_description\":\""
                    + e.getMessage() + "\"}");
            return;
        }
        requestedScopes.add(form.getOrDefault("scope", ""));
        String chosen = nextToken;
        nextToken = null;
        String token = chosen != null ? chosen : "tok-" + tokenRequests.get() + "-" + System.nanoTime();
        tokens.put(token, form.getOrDefault("scope", ""));
        if (profile == Profile.STRICT) {
            exchange.getResponseHeaders().set("Cache-Control", "no-store"); // RFC 6749 §5.1
            exchange.getResponseHeaders().set("Pragma", "no-cache");
        }
        tokenContentTypes.add(tokenContentType);
        answer(exchange, 200, tokenContentType, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\","
                + "\"expires_in\":" + tokenLifetime + ",\"scope\":\"" + form.getOrDefault("scope", "") + "\"}");
    }

    private void lineItems(HttpExchange exchange) throws IOException {
        var request = received(exchange);
        String auth = request.authorization();
        if (auth == null || !auth.startsWith("Bearer ") || !tokens.containsKey(auth.substring(7))) {
            answer(exchange, 401, "application/json", "{\"error\":\"invalid_token\"}");
            return;
        }
        String path = request.path();
        String method = request.method();
        if (profile == Profile.STRICT && !mediaTypesAsSpecified(exchange, request)) {
            return;
        }
        if (path.endsWith("/scores") && "POST".equals(method)) {
            score(exchange, request);
        } else if (path.endsWith("/lineitem") && ("GET".equals(method) || "PUT".equals(method))) {
            lineItem(exchange, request);
        } else if (path.endsWith("/results")) {
            String item = itemOf(path, "/results", request.query());
            var list = new StringBuilder("[");
            gradebook.resultsOf(item).forEach((user, held) -> list.append(list.length() > 1 ? "," : "")
                    .append(JSONObjectUtils.toJSONString(gradebook.resultJson(item, user, held))));
            answer(exchange, 200, RESULTS, list.append("]").toString());
        } else if ("/lineitems".equals(path) && "POST".equals(method)) {
            create(exchange, request);
        } else if ("/lineitems".equals(path)) {
            list(exchange, request);
        } else {
            answer(exchange, 404, "application/json", "{}");
        }
    }

    /** Strict AGS 2.0: a score or line item sent with its own media type (§3.4.2, §3.2.5), answers negotiated. */
    private boolean mediaTypesAsSpecified(HttpExchange exchange, Received request) throws IOException {
        String type = request.contentType() == null ? "" : request.contentType().split(";")[0].trim();
        if (request.path().endsWith("/scores") && !SCORE.equals(type)
                || ("POST".equals(request.method()) || "PUT".equals(request.method())) && request.path().endsWith("lineitem")
                        && !LINE_ITEM.equals(type)
                || "POST".equals(request.method()) && "/lineitems".equals(request.path()) && !LINE_ITEM.equals(type)) {
            answer(exchange, 415, "application/json", "{\"error\":\"unsupported media type\"}");
            return false;
        }
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        if ("GET".equals(request.method()) && "/lineitems".equals(request.path()) && (accept == null || !accept.contains(CONTAINER))) {
            answer(exchange, 406, "application/json", "{\"error\":\"not acceptable\"}");
            return false;
        }
        return true;
    }

    private void score(HttpExchange exchange, Received request) throws IOException {
        Failure failure;
        synchronized (this) {
            failure = failures.poll();
        }
        if (failure != null) {
            sleep(failure.delay());
            if (failure.status() != 200) {
                if (failure.retryAfter() != null) {
                    exchange.getResponseHeaders().set("Retry-After", failure.retryAfter());
                }
                answer(exchange, failure.status(), "application/json", failure.body());
                return;
            }
        }
        Map<String, Object> json;
        try {
            json = JSONObjectUtils.parse(request.body());
        } catch (java.text.ParseException e) {
            answer(exchange, 400, "application/json", "{}");
            return;
        }
        String item = itemOf(request.path(), "/scores", request.query());
        if (gradebook.lineItem(item).isEmpty()) {
            answer(exchange, 404, "application/json", "{\"error\":\"no such line item\"}");
            return;
        }
        Gradebook.Outcome outcome = gradebook.publish(item, json);
        if (outcome.status() != 200) {
            switch (profile) {
                // scores.php: the exception's code, the body "[]", no Content-Type of its own
                case MOODLE -> answer(exchange, outcome.status(), "text/html; charset=UTF-8", "[]");
                case CANVAS -> answer(exchange, outcome.status(), "application/json",
                        "{\"errors\":{\"type\":\"" + (outcome.status() == 422 ? "unprocessable_entity" : "bad_request")
                                + "\",\"message\":\"" + outcome.error() + "\"}}");
                case STRICT -> answer(exchange, outcome.status(), "application/json", "{\"error\":\"" + outcome.error() + "\"}");
            }
            return;
        }
        scores.add(request);
        switch (profile) {
            case MOODLE -> answer(exchange, 200, SCORE + "; charset=utf-8", "");
            case CANVAS -> answer(exchange, 200, SCORE, "{\"resultUrl\":\"" + item.replaceAll("\\?.*", "") + "/results/"
                    + json.get("userId") + "\"}");
            case STRICT -> answer(exchange, 204, SCORE, "");
        }
    }

    private void lineItem(HttpExchange exchange, Received request) throws IOException {
        String id = platform.serviceUri(request.path()).toString()
                + (request.query() == null ? "" : "?" + request.query());
        Map<String, Object> item = gradebook.lineItem(id).orElse(null);
        if (item == null) {
            answer(exchange, 404, "application/json", "{}");
            return;
        }
        if ("PUT".equals(request.method())) {
            lineItemUpdates.add(request);
            try {
                var json = JSONObjectUtils.parse(request.body());
                item.put("scoreMaximum", json.get("scoreMaximum"));
                if (json.get("label") instanceof String label) {
                    item.put("label", label);
                }
            } catch (java.text.ParseException e) {
                answer(exchange, 400, "application/json", "{}");
                return;
            }
        }
        answer(exchange, 200, LINE_ITEM, JSONObjectUtils.toJSONString(item));
    }

    private void create(HttpExchange exchange, Received request) throws IOException {
        lineItemCreations.add(request);
        Map<String, Object> json;
        try {
            json = JSONObjectUtils.parse(request.body());
        } catch (java.text.ParseException e) {
            answer(exchange, 400, "application/json", "{}");
            return;
        }
        if (!(json.get("scoreMaximum") instanceof Number max) || !(json.get("label") instanceof String label)) {
            answer(exchange, 400, "application/json", "{\"error\":\"No label or Score Maximum\"}");
            return;
        }
        String id = addLineItem(label, max.doubleValue(), (String) json.get("resourceLinkId"),
                (String) json.get("resourceId"), (String) json.get("tag"));
        answer(exchange, profile == Profile.CANVAS ? 200 : 201, LINE_ITEM,
                JSONObjectUtils.toJSONString(gradebook.lineItem(id).orElseThrow()));
    }

    /** The container, filtered by {@code resource_link_id}, {@code resource_id} and {@code tag} (§3.2.4), paged. */
    private void list(HttpExchange exchange, Received request) throws IOException {
        Map<String, String> query = form(request.query() == null ? "" : request.query());
        int page = Integer.parseInt(query.getOrDefault("page", "0"));
        var all = gradebook.lineItems.stream()
                .filter(i -> matches(i, "resourceLinkId", query.get("resource_link_id")))
                .filter(i -> matches(i, "resourceId", query.get("resource_id")))
                .filter(i -> matches(i, "tag", query.get("tag"))).toList();
        int from = Math.min(all.size(), page * pageSize);
        int to = Math.min(all.size(), from + pageSize);
        if (to < all.size()) {
            var next = new LinkedHashMap<>(query);
            next.put("page", Integer.toString(page + 1));
            String link = platform.serviceUri("/lineitems?" + next.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + "&" + b).orElse("")).toString();
            exchange.getResponseHeaders().add("Link", "<" + link + ">; rel=\"next\"");
        }
        var body = new StringBuilder("[");
        for (int i = from; i < to; i++) {
            body.append(i > from ? "," : "").append(JSONObjectUtils.toJSONString(all.get(i)));
        }
        answer(exchange, 200, CONTAINER, body.append("]").toString());
    }

    private static boolean matches(Map<String, Object> item, String field, String wanted) {
        return wanted == null || wanted.equals(item.get(field));
    }

    /** The line item URL a {@code .../lineitem/scores} or {@code .../results} request is about (with its query). */
    private String itemOf(String path, String service, String query) {
        return platform.serviceUri(path.substring(0, path.length() - service.length())).toString()
                + (query == null ? "" : "?" + query);
    }

    private static Received received(HttpExchange exchange) throws IOException {
        return new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("Authorization"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("client assertion refused: " + what);
        }
    }

    static Map<String, String> form(String body) {
        var values = new LinkedHashMap<String, String>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) continue;
            String[] kv = pair.split("=", 2);
            values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
