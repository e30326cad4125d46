package org.recall.bench;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.recall.testplatform.TestPlatform;

/**
 * The platform's side of AGS on the loopback test platform: an OAuth token endpoint that grants every
 * client-credentials request (the JWT assertion is not verified: this measures Recall, not a platform),
 * and a line item whose {@code /scores} endpoint counts the scores it accepts. {@link #down()} makes
 * both answer 503 until {@link #up()}.
 */
final class AgsEndpoint {

    static final String AGS_CLAIM = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";

    private final TestPlatform platform;
    private final AtomicBoolean available = new AtomicBoolean(true);
    private final AtomicLong scores = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    AgsEndpoint(TestPlatform platform) {
        this.platform = platform;
        platform.handle("/token", this::token);
        platform.handle("/ags/", this::ags);
    }

    URI lineItem() {
        return platform.uri("/ags/lineitems/1/lineitem");
    }

    /** The AGS claim of a launch whose scores go to this endpoint. */
    Map<String, Object> claim() {
        return Map.of("scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                "lineitems", platform.uri("/ags/lineitems").toString(),
                "lineitem", lineItem().toString());
    }

    void down() {
        available.set(false);
    }

    void up() {
        available.set(true);
    }

    long scoresAccepted() {
        return scores.get();
    }

    long requestsRefused() {
        return refused.get();
    }

    private void token(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        if (!available.get()) {
            refused.incrementAndGet();
            answer(exchange, 503, "{}");
            return;
        }
        answer(exchange, 200, "{\"access_token\":\"bench-token\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                + "\"scope\":\"https://purl.imsglobal.org/spec/lti-ags/scope/score https://purl.imsglobal.org/spec/lti-ags/scope/lineitem https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly\"}");
    }

    private void ags(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        if (!available.get()) {
            refused.incrementAndGet();
            answer(exchange, 503, "{}");
            return;
        }
        if ("POST".equals(exchange.getRequestMethod()) && exchange.getRequestURI().getPath().endsWith("/scores")) {
            scores.incrementAndGet();
            answer(exchange, 200, "{}");
            return;
        }
        answer(exchange, 404, "{}");
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
