package org.recall.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.recall.lti.keys.ToolKey;
import org.recall.lti.keys.ToolKeyStore;
import org.recall.lti.keys.ToolKeys;
import org.recall.audit.AuditAction;
import org.recall.web.AuditTrail;
import org.recall.web.ClientError;

/**
 * {@code /api/admin/keys}: the tool's signing keys, and their rotation without a restart (Security
 * Framework §6.3): a new key signs from now on, the previous one stays in the JWKS for a grace period
 * so that platforms that cached it, and tokens signed just before, still verify.
 */
@Tag(name = "admin")
@SecurityRequirement(name = "adminToken")
@Path("api/admin/keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KeyAdminResource {

    /** Platforms cache a tool's JWKS for hours; two days covers every cache we know of. */
    static final long DEFAULT_GRACE_MINUTES = 48 * 60;
    static final long MAX_GRACE_MINUTES = 30 * 24 * 60;

    @Inject
    AdminToken adminToken;

    @Inject
    ToolKeys keys;

    @Inject
    ToolKeyStore store;

    @Inject
    AuditTrail audit;

    @Operation(summary = "The tool's signing keys")
    @GET
    public String list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        adminToken.check(authorization);
        String signing = keys.signingKey().kid();
        var list = Json.createArrayBuilder();
        for (ToolKey key : store.all()) {
            var json = Json.createObjectBuilder()
                    .add("kid", key.kid())
                    .add("createdAt", key.createdAt().toString())
                    .add("signing", key.kid().equals(signing));
            if (key.retiresAt() != null) {
                json.add("retiresAt", key.retiresAt().toString());
            }
            list.add(json);
        }
        return list.build().toString();
    }

    @Operation(summary = "Make a new signing key; the previous one stays published for a grace period")
    @POST
    @Path("rotate")
    public String rotate(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("graceMinutes") String graceMinutes) {
        adminToken.check(authorization);
        long minutes = parseGrace(graceMinutes);
        ToolKey fresh = keys.rotate(Duration.ofMinutes(minutes));
        audit.admin(authorization, null, AuditAction.KEY_ROTATED, "tool key " + fresh.kid(),
                "previous key kept for " + minutes + " minutes");
        return Json.createObjectBuilder().add("kid", fresh.kid()).add("graceMinutes", minutes).build().toString();
    }

    private static long parseGrace(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_GRACE_MINUTES;
        }
        try {
            long minutes = Long.parseLong(text.trim());
            if (minutes >= 0 && minutes <= MAX_GRACE_MINUTES) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ClientError.badRequest("graceMinutes", "graceMinutes must be a whole number of minutes from 0 to "
                + MAX_GRACE_MINUTES + ".");
    }
}
