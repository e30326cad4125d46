package org.recall.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.audit.AuditAction;
import org.recall.json.Json;
import org.recall.lti.Platform;
import org.recall.privacy.UserData;
import org.recall.store.PlatformTable;
import org.recall.web.AuditTrail;
import org.recall.web.ClientError;
import org.recall.web.JsonBody;

/**
 * {@code /api/admin/privacy/users}: a data subject's requests, for one LMS user named by platform id and
 * {@code sub} (bearer admin token). {@code GET} counts what Recall holds, {@code GET .../export} returns all
 * of it as JSON, {@code POST .../erase} deletes it (rows that record someone else's work keep the row, without
 * the user). Scores still waiting for the gradebook must be cancelled explicitly: the platform keeps what it
 * already received either way.
 */
@Tag(name = "admin")
@SecurityRequirement(name = "adminToken")
@Path("api/admin/privacy/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyResource {

    @Inject
    AdminToken adminToken;

    @Inject
    PlatformTable platforms;

    @Inject
    UserData data;

    @Inject
    AuditTrail audit;

    @Operation(summary = "What Recall holds about one LMS user, and their scores still waiting")
    @GET
    public String summary(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("platform") String platform, @QueryParam("sub") String sub) {
        adminToken.check(authorization);
        Platform p = platform(platform);
        String user = sub(sub);
        return Json.createObjectBuilder().add("platformId", p.id()).add("issuer", p.issuer()).add("sub", user)
                .add("rows", counts(data.counts(p.id(), user)))
                .add("pendingScores", data.pendingScores(p.id(), user)).build().toString();
    }

    @Operation(summary = "Everything Recall holds about one LMS user, as JSON")
    @GET
    @Path("export")
    public Response export(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("platform") String platform, @QueryParam("sub") String sub) {
        adminToken.check(authorization);
        Platform p = platform(platform);
        String user = sub(sub);
        JsonObject export = Json.createObjectBuilder()
                .add("platform", Json.createObjectBuilder().add("id", p.id()).add("issuer", p.issuer())
                        .add("clientId", p.clientId()))
                .add("sub", user).add("exportedAt", Instant.now().toString())
                .add("about", "Everything Recall holds about this LMS user, by table (docs/privacy.md says what each is"
                        + " and how long it is kept). The course platform holds its own records, the gradebook among them.")
                .add("data", data.export(p.id(), user)).build();
        audit.admin(authorization, p.id(), AuditAction.USER_DATA_EXPORTED, "platform " + p.id(), user,
                "all data of the user exported");
        return Response.ok(export.toString()).header("Content-Disposition", "attachment; filename=\"recall-user-data.json\"")
                .header("Cache-Control", "no-store").build();
    }

    /** Body {@code {"platform": 3, "sub": "...", "cancelPendingScores": false}}. */
    @Operation(summary = "Erase one LMS user's data (waiting scores only when cancelled)")
    @POST
    @Path("erase")
    public String erase(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        adminToken.check(authorization);
        JsonObject json = JsonBody.object(body);
        Platform p = platform(json.get("platform") instanceof jakarta.json.JsonNumber n ? n.toString()
                : JsonBody.text(json, "platform", 20).orElse(null));
        String user = sub(JsonBody.text(json, "sub", 255).orElse(null));
        boolean cancel = JsonBody.flag(json, "cancelPendingScores").orElse(false);
        Map<String, Integer> erased;
        try {
            erased = data.erase(p.id(), user, cancel);
        } catch (UserData.PendingScores e) {
            throw new ClientError(409, e.getMessage() + " Wait until they are delivered, or erase with"
                    + " cancelPendingScores: the gradebook then keeps only what it already received.", "cancelPendingScores");
        }
        audit.admin(authorization, p.id(), AuditAction.USER_DATA_ERASED, "platform " + p.id(), null,
                "an LMS user's data erased (" + erased.values().stream().mapToInt(Integer::intValue).sum() + " rows)"
                + (cancel ? ", waiting scores cancelled" : ""));
        return Json.createObjectBuilder().add("platformId", p.id()).add("erased", counts(erased)).build().toString();
    }

    private static jakarta.json.JsonObjectBuilder counts(Map<String, Integer> counts) {
        var json = Json.createObjectBuilder();
        counts.forEach(json::add);
        return json;
    }

    private Platform platform(String id) {
        if (id == null || id.isBlank()) {
            throw ClientError.badRequest("platform", "Name the platform by its id (see the platform list).");
        }
        long platformId;
        try {
            platformId = Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw ClientError.badRequest("platform", "The platform id must be a number.");
        }
        return platforms.byId(platformId).orElseThrow(() -> ClientError.notFound("No platform with id " + platformId + "."));
    }

    private static String sub(String sub) {
        if (sub == null || sub.isBlank() || sub.length() > 255) {
            throw ClientError.badRequest("sub", "Name the user by their LMS user id (the LTI sub), at most 255 characters.");
        }
        return sub;
    }
}
