package org.recall.web.lti;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.recall.lti.keys.ToolKeys;
import org.recall.metrics.Metrics;

/** The tool's public keys (Security Framework §6.3), which platforms use to check what Recall signs. */
@Path(".well-known/jwks.json")
@RequestScoped
public class JwksResource {

    @Inject
    ToolKeys keys;

    @Inject
    Metrics metrics;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response jwks() {
        metrics.jwksServed();
        // Short caching: a rotated key must appear to platforms within minutes.
        return Response.ok(keys.publicJwks()).header("Cache-Control", "public, max-age=300").build();
    }
}
