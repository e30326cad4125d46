package org.recall.testplatform;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
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
 * Makes a {@link TestPlatform} play the AGS side of an LMS: a token endpoint at {@code /token} that
 * verifies the tool's client assertion (signature with the tool's public key, {@code iss} = {@code sub}
 * = client id, {@code aud} = the token endpoint, {@code jti}, {@code exp}) and mints bearer tokens, and
 * line items at {@code /lineitems} (container GET and POST, {@code /lineitems/{n}/lineitem/scores},
 * {@code /results}) that record what they receive. Failures can be scripted for the next score posts.
 */
public final class AgsEndpoints {

    /** One request the platform received. */
    public record Received(String method, String path, String query, String contentType, String authorization,
            String body) {
    }

    /** What the next score post gets instead of 200: a status (with Retry-After), or a slow answer. */
    public record Failure(int status, String retryAfter, Duration delay, String body) {
        public static Failure status(int status) {
            return new Failure(status, null, Duration.ZERO, "{\"error\":\"status " + status + "\"}");
        }

        public static Failure slow(Duration delay) {
            return new Failure(200, null, delay, "");
        }
    }

    private final TestPlatform platform;
    private final Function<String, RSAKey> toolKeyByKid;
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final List<JWTClaimsSet> assertions = new CopyOnWriteArrayList<>();
    private final List<String> requestedScopes = new CopyOnWriteArrayList<>();
    private final List<Received> scores = new CopyOnWriteArrayList<>();
    private final List<Received> lineItemCreations = new CopyOnWriteArrayList<>();
    private final List<Received> lineItemUpdates = new CopyOnWriteArrayList<>();
    private final List<Map<String, Object>> lineItems = new CopyOnWriteArrayList<>();
    private final Deque<Failure> failures = new ArrayDeque<>();
    private volatile String tokenAudience;
    private volatile int pageSize = 100;
    private volatile long tokenLifetime = 3600;
    private volatile String tokenContentType = "application/json";
    private volatile TestPlatform.Endpoint tokenAnswer;
    private volatile String nextToken;

    public AgsEndpoints(TestPlatform platform, Function<String, RSAKey> toolKeyByKid) {
        this.platform = platform;
        this.toolKeyByKid = toolKeyByKid;
        platform.handle("/token", this::token);
        platform.handle("/lineitems", this::lineItems);
    }

    public String lineItemsUrl() {
        return platform.uri("/lineitems").toString();
    }

    /** Adds a line item to the container; returns its URL. */
    public synchronized String addLineItem(String label, double max, String resourceLinkId, String resourceId, String tag) {
        String id = platform.uri("/lineitems/" + (lineItems.size() + 1) + "/lineitem").toString();
        var item = new LinkedHashMap<String, Object>();
        item.put("id", id);
        item.put("label", label);
        item.put("scoreMaximum", max);
        if (resourceLinkId != null) item.put("resourceLinkId", resourceLinkId);
        if (resourceId != null) item.put("resourceId", resourceId);
        if (tag != null) item.put("tag", tag);
        lineItems.add(item);
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

    /** The Content-Type of token answers (Moodle's token.php sends its JSON as {@code text/html; charset=UTF-8}). */
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

    public List<Received> scores() {
        return scores;
    }

    public List<Received> lineItemCreations() {
        return lineItemCreations;
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
            require(TestPlatform.CLIENT_ID.equals(claims.getIssuer()) && TestPlatform.CLIENT_ID.equals(claims.getSubject()),
                    "iss/sub");
            require(claims.getAudience().contains(expectedAudience), "aud");
            require(claims.getJWTID() != null && claims.getExpirationTime().getTime() > System.currentTimeMillis(), "jti/exp");
            assertions.add(claims);
        } catch (Exception e) {
            answer(exchange, 400, tokenContentType, "{\"error\":\"invalid_client\",\"error_description\":\""
                    + e.getMessage() + "\"}");
            return;
        }
        requestedScopes.add(form.getOrDefault("scope", ""));
        String chosen = nextToken;
        nextToken = null;
        String token = chosen != null ? chosen : "tok-" + tokenRequests.get() + "-" + System.nanoTime();
        tokens.put(token, form.getOrDefault("scope", ""));
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
        if (path.endsWith("/scores") && "POST".equals(request.method())) {
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
            scores.add(request);
            answer(exchange, 200, "application/json", "{}");
        } else if (path.endsWith("/lineitem") && ("GET".equals(request.method()) || "PUT".equals(request.method()))) {
            Map<String, Object> item = lineItems.stream()
                    .filter(i -> String.valueOf(i.get("id")).equals(platform.uri(path).toString())).findFirst().orElse(null);
            if (item == null) {
                answer(exchange, 404, "application/json", "{}");
                return;
            }
            if ("PUT".equals(request.method())) {
                lineItemUpdates.add(request);
                try {
                    var json = com.nimbusds.jose.util.JSONObjectUtils.parse(request.body());
                    item.put("scoreMaximum", json.get("scoreMaximum"));
                } catch (java.text.ParseException e) {
                    answer(exchange, 400, "application/json", "{}");
                    return;
                }
            }
            answer(exchange, 200, "application/vnd.ims.lis.v2.lineitem+json",
                    com.nimbusds.jose.util.JSONObjectUtils.toJSONString(item));
        } else if (path.endsWith("/results")) {
            answer(exchange, 200, "application/vnd.ims.lis.v2.resultcontainer+json", "[]");
        } else if ("/lineitems".equals(path) && "POST".equals(request.method())) {
            lineItemCreations.add(request);
            Map<String, Object> json;
            try {
                json = com.nimbusds.jose.util.JSONObjectUtils.parse(request.body());
            } catch (java.text.ParseException e) {
                answer(exchange, 400, "application/json", "{}");
                return;
            }
            String id = addLineItem(String.valueOf(json.get("label")), ((Number) json.get("scoreMaximum")).doubleValue(),
                    (String) json.get("resourceLinkId"), (String) json.get("resourceId"), (String) json.get("tag"));
            json.put("id", id);
            answer(exchange, 201, "application/vnd.ims.lis.v2.lineitem+json",
                    com.nimbusds.jose.util.JSONObjectUtils.toJSONString(json));
        } else if ("/lineitems".equals(path)) {
            int page = Integer.parseInt(form(request.query() == null ? "" : request.query()).getOrDefault("page", "0"));
            var all = List.copyOf(lineItems);
            int from = Math.min(all.size(), page * pageSize);
            int to = Math.min(all.size(), from + pageSize);
            if (to < all.size()) {
                exchange.getResponseHeaders().add("Link", "<" + platform.uri("/lineitems?page=" + (page + 1))
                        + ">; rel=\"next\"");
            }
            var body = new StringBuilder("[");
            for (int i = from; i < to; i++) {
                body.append(i > from ? "," : "").append(com.nimbusds.jose.util.JSONObjectUtils.toJSONString(all.get(i)));
            }
            answer(exchange, 200, "application/vnd.ims.lis.v2.lineitemcontainer+json", body.append("]").toString());
        } else {
            answer(exchange, 404, "application/json", "{}");
        }
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
