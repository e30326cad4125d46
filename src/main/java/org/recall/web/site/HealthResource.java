package org.recall.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.recall.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.recall.store.DatabaseHealth;

/**
 * {@code GET /health}: 200 and {@code {"status":"UP"}} once the database is reachable and migrated,
 * 503 and {@code {"status":"DOWN","reason":...}} otherwise. For load balancers and operators.
 */
@Path("health")
@RequestScoped
public class HealthResource {

    @Inject
    DatabaseHealth health;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        var status = health.check();
        var json = Json.createObjectBuilder().add("status", status.up() ? "UP" : "DOWN");
        if (status.up()) {
            json.add("database", status.database());
        } else {
            json.add("reason", status.reason());
        }
        return Response.status(status.up() ? 200 : 503)
                .entity(json.build().toString())
                .header("Cache-Control", "no-store")
                .build();
    }
}
