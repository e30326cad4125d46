package org.recall.web.decks;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.recall.deck.Deck;
import org.recall.deck.DeckId;
import org.recall.deck.DeckVersion;
import org.recall.deck.Decks;
import org.recall.deck.formats.DeckExport;
import org.recall.session.StudySession;
import org.recall.session.SessionToken;
import org.recall.web.ClientError;
import org.recall.web.admin.AdminToken;

/**
 * {@code GET /api/decks/{id}/export?format=moodle-xml|gift|json[&version=n]}: a deck as a file to take to
 * Moodle or to keep, answer key included. So only the administrator (bearer admin token) or an instructor
 * of the platform that owns the deck (an instructor's study session) gets it; a student's session gets 403,
 * and so does an instructor of another platform, or of any platform for a built-in or admin-owned deck.
 */
@Path("api/decks/{id}/export")
@RequestScoped
public class DeckExportResource {

    static final String NOT_OWNER = "Only the administrator or an instructor of the platform that owns this deck"
            + " may export it: the export holds its answer key.";

    @Inject
    Decks decks;

    @Inject
    AdminToken adminToken;

    @Inject
    SessionToken sessionToken;

    @GET
    public Response export(@PathParam("id") String id, @QueryParam("format") String format,
            @QueryParam("version") String version, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        boolean admin = isAdmin(authorization);
        StudySession instructor = admin ? null : sessionToken.requireInstructor(authorization);
        DeckExport export = DeckExport.fromParameter(format)
                .orElseThrow(() -> ClientError.badRequest("format", "format " + DeckExport.UNKNOWN + "."));
        if (!DeckId.isValid(id)) {
            throw ClientError.notFound("There is no deck with id '" + id + "'.");
        }
        DeckId deckId = new DeckId(id);
        if (!admin && !decks.owner(deckId).equals(java.util.Optional.of(DeckVersion.platformOwner(instructor.platformId())))) {
            throw ClientError.forbidden(NOT_OWNER);
        }
        Integer number = version(version);
        Deck deck = (number == null ? decks.find(deckId) : decks.find(deckId, number))
                .orElseThrow(() -> ClientError.notFound("There is no deck with id '" + id + "'"
                        + (number == null ? "" : " and version " + number) + "."));
        Integer shown = number != null ? number : decks.currentVersion(id).orElse(null);
        return Response.ok(export.write(deck), export.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName(deck, shown) + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }

    private boolean isAdmin(String authorization) {
        try {
            adminToken.check(authorization);
            return true;
        } catch (ClientError notAdmin) {
            return false;
        }
    }

    private static Integer version(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(version.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ClientError.badRequest("version", "version must be a whole number from 1.");
    }
}
