package org.recall.web.teach;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.grade.GradeWorker;
import org.recall.grade.PlatformProblems;
import org.recall.json.Json;
import org.recall.lti.Platform;
import org.recall.lti.nrps.Member;
import org.recall.lti.nrps.NrpsClient;
import org.recall.lti.http.ServiceException;
import org.recall.metrics.Metrics;
import org.recall.session.LaunchRecord;
import org.recall.store.PlatformTable;
import org.recall.store.ServiceOriginTable;
import org.recall.teach.TeachingStore;
import org.recall.web.ClientError;

/**
 * {@code GET /api/instructor/roster}: the course's learners through Names and Role Provisioning Services
 * 2.0 (every page, with a token of the NRPS scope from the shared AGS token cache), and who has not started.
 */
@Tag(name = "instructor")
@SecurityRequirement(name = "studySession")
@Path("api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RosterResource {

    private static final NrpsClient NRPS = new NrpsClient(Duration.ofSeconds(3), Duration.ofSeconds(10));

    @Inject
    TeachingScope scope;

    @Inject
    TeachingStore store;

    @Inject
    GradeWorker worker;

    @Inject
    PlatformTable platforms;

    @Inject
    ServiceOriginTable serviceOrigins;

    @Inject
    Metrics metrics;

    @Operation(summary = "The course roster (NRPS) and who has not started")
    @GET
    @Path("instructor/roster")
    public String roster(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Teaching t = scope.of(authorization);
        Optional<String> url = t.session().text(LaunchRecord.NRPS_URL);
        if (url.isEmpty()) {
            return unavailable("The platform did not offer its course roster (Names and Role Provisioning) in this launch.");
        }
        Platform platform = platforms.byId(t.session().platformId())
                .orElseThrow(() -> ClientError.notFound("The platform's registration was removed."));
        List<Member> members;
        try {
            members = NRPS.members(URI.create(url.get()), serviceOrigins.of(platform),
                    () -> worker.client().authorizationHeader(platform, Set.of(NrpsClient.SCOPE)));
        } catch (IllegalArgumentException e) {
            metrics.nrpsRead(false);
            return unavailable("The launch gave a roster address that is not a URL; the platform's settings need a look.");
        } catch (ServiceException e) {
            metrics.nrpsRead(false);
            worker.problems().report(platform.id(), PlatformProblems.ROSTER, e);
            return unavailable(e.isTransient()
                    ? "The course roster could not be read from the platform right now (" + e.getMessage() + "). Try again later."
                    : "The course roster could not be read: " + e.getMessage());
        }
        worker.problems().resolved(platform.id(), PlatformProblems.ROSTER);
        metrics.nrpsRead(true);
        Set<String> started = store.started(t.activity().id());
        var learners = Json.createArrayBuilder();
        var notStarted = Json.createArrayBuilder();
        int count = 0;
        for (Member m : members) {
            if (!m.isLearner() || !m.isActive()) {
                continue;
            }
            count++;
            boolean began = started.contains(m.userId());
            JsonObject member = member(m, began);
            learners.add(member);
            if (!began) {
                notStarted.add(member);
            }
        }
        return Json.createObjectBuilder().add("available", true).add("learnerCount", count)
                .add("learners", learners).add("notStarted", notStarted).build().toString();
    }

    private static JsonObject member(Member m, boolean started) {
        var json = Json.createObjectBuilder().add("userId", m.userId()).add("started", started)
                .add("displayName", m.name() != null ? m.name() : m.email() != null ? m.email() : m.userId());
        JsonFieldsOut.text(json, "name", m.name());
        JsonFieldsOut.text(json, "email", m.email());
        return json.build();
    }

    private static String unavailable(String message) {
        return Json.createObjectBuilder().add("available", false).add("message", message).build().toString();
    }
}
