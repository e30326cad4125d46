package org.recall.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.audit.AuditAction;
import org.recall.json.Json;
import org.recall.store.RegistrationLinkTable;
import org.recall.web.AuditTrail;
import org.recall.web.ClientError;
import org.recall.web.JsonBody;
import org.recall.web.lti.ToolBase;

/**
 * {@code /api/admin/registration-links}: one-time links for LTI Dynamic Registration. {@code POST} with
 * {@code {"label", "validHours" (1-720, default 72), "allowOtherOrigins" (default false)}} answers 201 with the
 * link's {@code url}, shown this once: the platform administrator pastes it as the tool's registration URL, and
 * the registration it starts is active at once. {@code GET} lists the links (never their secret),
 * {@code DELETE /{id}} revokes one.
 */
@Tag(name = "admin")
@SecurityRequirement(name = "adminToken")
@Path("api/admin/registration-links")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationLinkAdminResource {

    static final int DEFAULT_HOURS = 72;
    static final int MAX_HOURS = 720;

    @Inject
    AdminToken adminToken;

    @Inject
    RegistrationLinkTable links;

    @Inject
    AuditTrail audit;

    @Inject
    @ToolBase
    URI base;

    @Operation(summary = "One-time dynamic registration links (never their secret)")
    @GET
    public String list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        adminToken.check(authorization);
        var list = Json.createArrayBuilder();
        Instant now = Instant.now();
        links.all().forEach(link -> list.add(json(link, now)));
        return list.build().toString();
    }

    @Operation(summary = "Create a one-time dynamic registration link")
    @POST
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        adminToken.check(authorization);
        JsonObject json = body == null || body.isBlank() ? JsonObject.EMPTY_JSON_OBJECT : JsonBody.object(body);
        String label = JsonBody.text(json, "label", 200).orElse(null);
        int hours = JsonBody.integer(json, "validHours", 1, MAX_HOURS).orElse(DEFAULT_HOURS);
        boolean allowOtherOrigins = JsonBody.flag(json, "allowOtherOrigins").orElse(false);
        var created = links.create(label, allowOtherOrigins, Duration.ofHours(hours));
        String url = base + "/lti/register/" + created.secret();
        audit.admin(authorization, null, AuditAction.REGISTRATION_LINK_CREATED, "registration link " + created.link().id(),
                (label == null ? "" : "\"" + label + "\", ") + "valid " + hours + " hours"
                + (allowOtherOrigins ? ", endpoints on other sites allowed" : ""));
        return Response.created(URI.create("/api/admin/registration-links/" + created.link().id()))
                .header("Cache-Control", "no-store")
                .entity(json(created.link(), Instant.now()).add("url", url).build().toString()).build();
    }

    @Operation(summary = "Revoke a registration link")
    @DELETE
    @Path("{id}")
    public Response delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        adminToken.check(authorization);
        long linkId;
        try {
            linkId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ClientError.badRequest("id", "The link id must be a number.");
        }
        if (!links.delete(linkId)) {
            throw ClientError.notFound("No registration link with id " + linkId + ".");
        }
        audit.admin(authorization, null, AuditAction.REGISTRATION_LINK_REVOKED, "registration link " + linkId, null);
        return Response.noContent().build();
    }

    private static JsonObjectBuilder json(RegistrationLinkTable.Link link, Instant now) {
        var json = Json.createObjectBuilder()
                .add("id", link.id())
                .add("label", link.label() == null ? "" : link.label())
                .add("allowOtherOrigins", link.allowOtherOrigins())
                .add("createdAt", link.createdAt().toString())
                .add("expiresAt", link.expiresAt().toString())
                .add("status", link.usedAt() != null ? "USED" : link.isLiveAt(now) ? "LIVE" : "EXPIRED");
        if (link.usedAt() != null) {
            json.add("usedAt", link.usedAt().toString());
        }
        if (link.platformId() != null) {
            json.add("platformId", link.platformId());
        }
        return json;
    }
}
