package org.recall.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.recall.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.json.JsonObjectBuilder;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.recall.grade.GradeWorker;
import org.recall.grade.PlatformProblems;
import org.recall.store.DatabaseHealth;

/**
 * {@code GET /health}: 200 and {@code {"status":"UP"}} once the database is reachable and migrated,
 * 503 and {@code {"status":"DOWN","reason":...}} otherwise. For load balancers and operators. A platform
 * whose grade delivery fails does not make Recall DOWN (Recall keeps the scores and serves students); it shows
 * in {@code gradeDelivery}: {@code {"status":"FAILING","platforms":[{"id","kind","since"}]}} or
 * {@code {"status":"OK"}}. The reasons are on the admin page, not here: this answer is public.
 */
@Path("health")
@RequestScoped
public class HealthResource {

    @Inject
    DatabaseHealth health;

    @Inject
    GradeWorker worker;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        var status = health.check();
        var json = Json.createObjectBuilder().add("status", status.up() ? "UP" : "DOWN");
        if (status.up()) {
            json.add("database", status.database());
            json.add("gradeDelivery", gradeDelivery());
        } else {
            json.add("reason", status.reason());
        }
        return Response.status(status.up() ? 200 : 503)
                .entity(json.build().toString())
                .header("Cache-Control", "no-store")
                .build();
    }

    private JsonObjectBuilder gradeDelivery() {
        var failing = Json.createArrayBuilder();
        var seen = new HashSet<Long>();
        List<PlatformProblems.Problem> open;
        try {
            open = worker.problems().open();
        } catch (RuntimeException notStartedYet) {
            return Json.createObjectBuilder().add("status", "UNKNOWN");
        }
        for (PlatformProblems.Problem p : open) {
            if (PlatformProblems.GRADES.equals(p.service()) && seen.add(p.platformId())) {
                failing.add(Json.createObjectBuilder().add("id", p.platformId())
                        .add("kind", p.kind().name().toLowerCase(Locale.ROOT)).add("since", p.firstAt().toString()));
            }
        }
        return seen.isEmpty() ? Json.createObjectBuilder().add("status", "OK")
                : Json.createObjectBuilder().add("status", "FAILING").add("platforms", failing);
    }
}
