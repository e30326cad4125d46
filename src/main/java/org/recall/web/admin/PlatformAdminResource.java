package org.recall.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.audit.AuditAction;
import org.recall.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.recall.lti.Platform;
import org.recall.lti.registration.IssuerOrigin;
import org.recall.store.PlatformTable;
import org.recall.store.ServiceOriginTable;
import org.recall.web.AuditTrail;
import org.recall.web.ClientError;
import org.recall.web.JsonBody;

/** {@code /api/admin/platforms}: register, list and remove LTI platforms (bearer admin token). */
@Tag(name = "admin")
@SecurityRequirement(name = "adminToken")
@Path("api/admin/platforms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlatformAdminResource {

    @Inject
    AdminToken adminToken;

    @Inject
    PlatformTable platforms;

    @Inject
    PlatformHealth health;

    @Inject
    ServiceOriginTable serviceOrigins;

    @Inject
    AuditTrail audit;

    /**
     * Every platform, with its last successful launch, the last score its gradebook refused, when any, and how
     * its grade delivery and roster reads stand ({@link PlatformHealth#describe}).
     */
    @Operation(summary = "Registered platforms with their last launch and how grade delivery and roster reads stand")
    @GET
    public String list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        adminToken.check(authorization);
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Platform p : platforms.all()) {
            JsonObjectBuilder json = json(p);
            platforms.lastLaunch(p.id()).ifPresent(at -> json.add("lastLaunchAt", at.toString()));
            health.lastGradeError(p.id()).ifPresent(error -> json.add("lastGradeError", Json.createObjectBuilder()
                    .add("message", error.message() == null ? "" : error.message())
                    .add("at", String.valueOf(error.at()))));
            health.describe(p.id(), json);
            json.add("serviceOrigins", ServiceOriginAdminResource.json(p, serviceOrigins));
            list.add(json);
        }
        return list.build().toString();
    }

    @Operation(summary = "Register a platform")
    @POST
    public Response add(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        adminToken.check(authorization);
        Platform platform = PlatformRequest.read(JsonBody.object(body));
        if (platforms.exists(platform.issuer(), platform.clientId())) {
            throw new ClientError(409, "A platform with this issuer and client id is already registered.", "clientId");
        }
        Platform stored = platforms.add(platform);
        audit.admin(authorization, stored.id(), AuditAction.PLATFORM_ADDED, "platform " + stored.id(),
                "issuer " + stored.issuer() + ", client id " + stored.clientId() + ", deployments "
                + stored.deploymentIds().stream().sorted().toList());
        return Response.created(URI.create("/api/admin/platforms/" + stored.id()))
                .entity(json(stored).build().toString()).build();
    }

    @Operation(summary = "Remove a platform and everything of its courses")
    @DELETE
    @Path("{id}")
    public Response delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        adminToken.check(authorization);
        long platformId = platformId(id);
        Platform removed = platforms.byId(platformId).orElse(null);
        if (removed == null || !platforms.delete(platformId)) {
            throw ClientError.notFound("No platform with id " + platformId + ".");
        }
        audit.admin(authorization, platformId, AuditAction.PLATFORM_REMOVED, "platform " + platformId,
                "issuer " + removed.issuer() + ", client id " + removed.clientId());
        return Response.noContent().build();
    }

    /** A platform id from the path; 400 naming {@code id} when it is not a number. */
    static long platformId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ClientError.badRequest("id", "The platform id must be a number.");
        }
    }

    static JsonObjectBuilder json(Platform p) {
        JsonArrayBuilder deployments = Json.createArrayBuilder();
        p.deploymentIds().stream().sorted().forEach(deployments::add);
        JsonArrayBuilder elsewhere = Json.createArrayBuilder();
        endpointsElsewhere(p).forEach(elsewhere::add);
        return Json.createObjectBuilder()
                .add("id", p.id())
                .add("issuer", p.issuer())
                .add("clientId", p.clientId())
                .add("authorizationEndpoint", p.authorizationEndpoint().toString())
                .add("tokenEndpoint", String.valueOf(p.tokenEndpoint()))
                .add("jwksUri", p.jwksUri().toString())
                .add("deploymentIds", deployments)
                .add("status", p.active() ? "ACTIVE" : "PENDING")
                .add("endpointsElsewhere", elsewhere);
    }

    /** The endpoints of a registration that are not on its issuer's origin (see {@link IssuerOrigin}). */
    static List<String> endpointsElsewhere(Platform p) {
        List<String> fields = new ArrayList<>();
        if (!IssuerOrigin.sameOrigin(p.issuer(), p.authorizationEndpoint())) {
            fields.add("authorizationEndpoint");
        }
        if (p.tokenEndpoint() != null && !IssuerOrigin.sameOrigin(p.issuer(), p.tokenEndpoint())) {
            fields.add("tokenEndpoint");
        }
        if (!IssuerOrigin.sameOrigin(p.issuer(), p.jwksUri())) {
            fields.add("jwksUri");
        }
        return fields;
    }
}
