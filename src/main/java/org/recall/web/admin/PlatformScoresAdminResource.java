package org.recall.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.audit.AuditAction;
import org.recall.grade.GradeWorker;
import org.recall.json.Json;
import org.recall.store.PlatformTable;
import org.recall.web.AuditTrail;
import org.recall.web.ClientError;

/**
 * {@code POST /api/admin/platforms/{id}/scores/resend}: after an administrator fixed what made a platform
 * refuse scores (its registration, the services enabled for the tool, an allowed origin), every failed score
 * of the platform goes back to delivery at once, each student's latest only (bearer admin token).
 */
@Tag(name = "admin")
@SecurityRequirement(name = "adminToken")
@Path("api/admin/platforms/{id}/scores")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlatformScoresAdminResource {

    @Inject
    AdminToken adminToken;

    @Inject
    PlatformTable platforms;

    @Inject
    GradeWorker worker;

    @Inject
    AuditTrail audit;

    @Operation(summary = "Send a platform's failed scores again")
    @POST
    @Path("resend")
    public String resend(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        adminToken.check(authorization);
        long platformId = PlatformAdminResource.platformId(id);
        if (platforms.byId(platformId).isEmpty()) {
            throw ClientError.notFound("No platform with id " + platformId + ".");
        }
        int resent = worker.outbox().resendFailed(platformId, Instant.now());
        worker.wakeUp();
        audit.admin(authorization, platformId, AuditAction.GRADE_RESENT, "platform " + platformId,
                resent + " failed scores sent again");
        return Json.createObjectBuilder().add("resent", resent).build().toString();
    }
}
