package org.recall.web.lti;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;

/** {@code GET /lti/config/canvas.json}: the Canvas developer key JSON for this Recall's public base URL. */
@Path("lti/config")
@RequestScoped
public class LtiConfigResource {

    @Inject
    @ToolBase
    URI base;

    @GET
    @Path("canvas.json")
    @Produces(MediaType.APPLICATION_JSON)
    public String canvas() {
        return CanvasConfig.of(base).toString();
    }
}
