package org.recall.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recall.metrics.GradeMetrics;
import org.recall.metrics.Metrics;
import org.recall.web.ClientError;

/**
 * {@code GET /metrics}: the Prometheus text format (0.0.4). With {@code RECALL_METRICS_TOKEN} set, only a
 * request bearing it (or the admin token) is answered. Without it, requests from this machine's loopback
 * are answered and any other needs the admin token; a request a proxy forwarded ({@code X-Forwarded-For}
 * or {@code Forwarded}) counts as remote, since behind a proxy on this machine every client seems local.
 */
@Path("metrics")
@RequestScoped
public class MetricsResource {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    @Inject
    Metrics metrics;

    @Inject
    GradeMetrics grades;

    @Inject
    @ConfigProperty(name = "recall.metrics-token")
    Optional<String> metricsToken;

    @Inject
    @ConfigProperty(name = "recall.admin-token")
    Optional<String> adminToken;

    @GET
    public Response scrape(@Context HttpServletRequest request,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!allowed(request, authorization)) {
            throw new ClientError(401, metricsToken.filter(t -> !t.isBlank()).isPresent()
                    ? "Metrics need the metrics token (Authorization: Bearer <RECALL_METRICS_TOKEN>)."
                    : "Metrics are open from this machine only; from elsewhere send the admin token, or set RECALL_METRICS_TOKEN.");
        }
        grades.countOutbox();
        return Response.ok(metrics.scrape(), CONTENT_TYPE).header("Cache-Control", "no-store").build();
    }

    private boolean allowed(HttpServletRequest request, String authorization) {
        if (bears(authorization, metricsToken) || bears(authorization, adminToken)) {
            return true;
        }
        boolean tokenRequired = metricsToken.filter(t -> !t.isBlank()).isPresent();
        return !tokenRequired && isLoopback(request.getRemoteAddr())
                && request.getHeader("X-Forwarded-For") == null && request.getHeader("Forwarded") == null;
    }

    private static boolean bears(String authorization, Optional<String> configured) {
        String expected = configured.map(String::trim).orElse("");
        if (expected.isEmpty() || authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        String given = authorization.substring("Bearer ".length()).trim();
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    static boolean isLoopback(String address) {
        try {
            // An IP literal: no name lookup happens.
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
