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
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.audit.AuditAction;
import org.recall.lti.Platform;
import org.recall.store.PlatformTable;
import org.recall.web.AuditTrail;
import org.recall.web.ClientError;
import org.recall.web.JsonBody;

/**
 * {@code POST /api/admin/platforms/{id}/approval}: an administrator approves a dynamic registration that
 * waits (status {@code PENDING}), so that its platform can launch. Body {@code {"allowOtherOrigins": true}}
 * when its endpoints are on another site than its issuer ({@code endpointsElsewhere} in the listing): without
 * it such a registration is not approved (409 naming the field). Rejecting is removing the platform.
 */
@Tag(name = "admin")
@SecurityRequirement(name = "adminToken")
@Path("api/admin/platforms/{id}/approval")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlatformApprovalResource {

    private static final Logger LOG = Logger.getLogger(PlatformApprovalResource.class.getName());

    @Inject
    AdminToken adminToken;

    @Inject
    PlatformTable platforms;

    @Inject
    AuditTrail audit;

    @Operation(summary = "Approve a dynamic registration that waits")
    @POST
    public String approve(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
            String body) {
        adminToken.check(authorization);
        long platformId = PlatformAdminResource.platformId(id);
        boolean allowOtherOrigins = body == null || body.isBlank() ? false
                : JsonBody.flag(JsonBody.object(body), "allowOtherOrigins").orElse(false);
        Platform platform = platforms.byId(platformId)
                .orElseThrow(() -> ClientError.notFound("No platform with id " + platformId + "."));
        if (platform.active()) {
            throw new ClientError(409, "This platform is active already.");
        }
        List<String> elsewhere = PlatformAdminResource.endpointsElsewhere(platform);
        if (!elsewhere.isEmpty() && !allowOtherOrigins) {
            throw new ClientError(409, "Its " + String.join(", ", elsewhere) + " are on another site than its issuer "
                    + platform.issuer() + ": approve only if you trust them, with allowOtherOrigins.", "allowOtherOrigins");
        }
        if (!platforms.approve(platformId)) {
            throw new ClientError(409, "This platform is active already.");
        }
        LOG.info(() -> "Dynamic registration approved: platform " + platformId + " " + platform.issuer());
        audit.admin(authorization, platformId, AuditAction.REGISTRATION_APPROVED, "platform " + platformId,
                "issuer " + platform.issuer() + (elsewhere.isEmpty() ? "" : ", endpoints elsewhere allowed: " + elsewhere));
        return PlatformAdminResource.json(platforms.byId(platformId).orElseThrow()).build().toString();
    }
}
