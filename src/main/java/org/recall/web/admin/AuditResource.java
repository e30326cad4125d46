package org.recall.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.audit.AuditAction;
import org.recall.audit.AuditEvent;
import org.recall.audit.AuditLog;
import org.recall.json.Json;
import org.recall.web.ClientError;

/**
 * {@code GET /api/admin/audit}: the audit log, newest first, filtered by action, actor, platform and time
 * (bearer admin token). Read only: no method of the API changes or deletes an event.
 */
@Tag(name = "admin")
@SecurityRequirement(name = "adminToken")
@Path("api/admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final int DEFAULT_LIMIT = 100;

    @Inject
    AdminToken adminToken;

    @Inject
    AuditLog log;

    @Operation(summary = "The audit log, newest first, filtered by action, actor, platform and time")
    @GET
    public String list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("action") String action, @QueryParam("actor") String actor,
            @QueryParam("platform") String platform, @QueryParam("since") String since,
            @QueryParam("until") String until, @QueryParam("limit") String limit) {
        adminToken.check(authorization);
        var filter = new AuditLog.Filter(action(action), blankToNull(actor),
                platform(platform),
                time("since", since), time("until", until), limit(limit));
        var events = Json.createArrayBuilder();
        log.list(filter).forEach(e -> events.add(json(e)));
        return Json.createObjectBuilder().add("events", events).build().toString();
    }

    static JsonObjectBuilder json(AuditEvent e) {
        var json = Json.createObjectBuilder().add("id", e.id()).add("at", e.at().toString())
                .add("actorKind", e.actor().kind().name().toLowerCase(Locale.ROOT)).add("actor", e.actor().id())
                .add("action", e.action().name()).add("target", e.target());
        if (e.platformId() != null) {
            json.add("platformId", e.platformId());
        }
        optional(json, "subjectUser", e.subjectUser());
        optional(json, "detail", e.detail());
        optional(json, "address", e.address());
        optional(json, "forwardedFor", e.forwardedFor());
        return json;
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static AuditAction action(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ClientError.badRequest("action", "Unknown action; use one of " + java.util.Arrays.toString(AuditAction.values()) + ".");
        }
    }

    /** An instant ({@code 2026-05-01T10:00:00Z}) or a day ({@code 2026-05-01}, from its start in UTC). */
    private static Instant time(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ClientError.badRequest(field, "'" + field + "' must be a date (2026-05-01) or an instant (2026-05-01T10:00:00Z).");
        }
    }

    private static Long platform(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw ClientError.badRequest("platform", "'platform' must be a platform id (a number).");
        }
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= 1 && n <= AuditLog.MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ClientError.badRequest("limit", "'limit' must be a whole number from 1 to " + AuditLog.MAX_LIMIT + ".");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
