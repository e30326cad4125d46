package org.recall.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.lti.Platform;
import org.recall.store.PlatformTable;
import org.recall.audit.AuditAction;
import org.recall.web.AuditTrail;
import org.recall.web.ClientError;
import org.recall.web.JsonBody;

/**
 * {@code /api/admin/platforms/{id}/deployments}: adds a deployment id to a registered platform (e.g. one
 * a dynamic registration did not return) and removes one (bearer admin token).
 */
@Tag(name = "admin")
@SecurityRequirement(name = "adminToken")
@Path("api/admin/platforms/{id}/deployments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeploymentAdminResource {

    static final int MAX_LENGTH = 255;

    @Inject
    AdminToken adminToken;

    @Inject
    PlatformTable platforms;

    @Inject
    AuditTrail audit;

    /** Body {@code {"deploymentId": "..."}}; answers 201 with the platform as {@code GET /api/admin/platforms} lists it. */
    @Operation(summary = "Add a deployment id to a platform")
    @POST
    public Response add(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
            String body) {
        adminToken.check(authorization);
        long platformId = PlatformAdminResource.platformId(id);
        String deploymentId = JsonBody.text(JsonBody.object(body), "deploymentId", MAX_LENGTH)
                .orElseThrow(() -> ClientError.badRequest("deploymentId",
                        "Field 'deploymentId' is required and must be a non-empty string."));
        existing(platformId);
        if (!platforms.addDeploymentIfAbsent(platformId, deploymentId)) {
            throw new ClientError(409, "This platform already has deployment '" + deploymentId + "'.", "deploymentId");
        }
        Platform stored = existing(platformId);
        audit.admin(authorization, platformId, AuditAction.DEPLOYMENT_ADDED, "platform " + platformId,
                "deployment " + deploymentId);
        return Response.created(UriBuilder.fromPath("/api/admin/platforms/{id}/deployments/{deploymentId}")
                        .build(platformId, deploymentId))
                .entity(PlatformAdminResource.json(stored).build().toString()).build();
    }

    @Operation(summary = "Remove a deployment id from a platform")
    @DELETE
    @Path("{deploymentId}")
    public Response remove(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
            @PathParam("deploymentId") String deploymentId) {
        adminToken.check(authorization);
        long platformId = PlatformAdminResource.platformId(id);
        existing(platformId);
        if (!platforms.removeDeployment(platformId, deploymentId)) {
            throw ClientError.notFound("Platform " + platformId + " has no deployment '" + deploymentId + "'.");
        }
        audit.admin(authorization, platformId, AuditAction.DEPLOYMENT_REMOVED, "platform " + platformId,
                "deployment " + deploymentId);
        return Response.noContent().build();
    }

    private Platform existing(long platformId) {
        return platforms.byId(platformId).orElseThrow(() -> ClientError.notFound("No platform with id " + platformId + "."));
    }
}
