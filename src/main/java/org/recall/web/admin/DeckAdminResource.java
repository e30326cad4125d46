package org.recall.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.recall.deck.CsvDeck;
import org.recall.deck.Deck;
import org.recall.deck.DeckAuthor;
import org.recall.deck.DeckId;
import org.recall.deck.DeckRefused;
import org.recall.deck.DeckVersion;
import org.recall.deck.Decks;
import org.recall.audit.AuditAction;
import org.recall.web.AuditTrail;
import org.recall.web.ClientError;
import org.recall.web.decks.DeckUploadRequest;

/**
 * {@code /api/admin/decks}: upload decks (JSON or CSV; a new upload of an id is its next version), list
 * every deck with its versions, retire an uploaded deck (bearer admin token).
 */
@Tag(name = "admin")
@SecurityRequirement(name = "adminToken")
@Path("api/admin/decks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeckAdminResource {

    @Inject
    AdminToken adminToken;

    @Inject
    Decks decks;

    @Inject
    AuditTrail audit;

    @Operation(summary = "Every deck with its versions")
    @GET
    public String list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        adminToken.check(authorization);
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Deck deck : decks.all()) {
            if (decks.isBuiltIn(deck.id())) {
                list.add(Json.createObjectBuilder().add("id", deck.id().value()).add("title", deck.title())
                        .add("builtIn", true).add("status", DeckVersion.Status.ACTIVE.name())
                        .add("versions", Json.createArrayBuilder()));
            }
        }
        List<DeckVersion> versions = decks.versions();
        int i = 0;
        while (i < versions.size()) {
            DeckId id = versions.get(i).id();
            JsonArrayBuilder ofDeck = Json.createArrayBuilder();
            DeckVersion latest = versions.get(i);
            for (; i < versions.size() && versions.get(i).id().equals(id); i++) {
                latest = versions.get(i);
                ofDeck.add(version(latest));
            }
            boolean active = versions.stream().anyMatch(v -> v.id().equals(id) && v.status() == DeckVersion.Status.ACTIVE);
            list.add(Json.createObjectBuilder().add("id", id.value()).add("title", latest.title()).add("builtIn", false)
                    .add("status", (active ? DeckVersion.Status.ACTIVE : DeckVersion.Status.RETIRED).name())
                    .add("owner", latest.owner()).add("versions", ofDeck));
        }
        return list.build().toString();
    }

    @Operation(summary = "Upload a deck (JSON or CSV); an existing id gets its next version")
    @POST
    public Response upload(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
            @QueryParam("id") String id, @QueryParam("title") String title,
            @QueryParam("description") String description, @QueryParam("minutes") String minutes,
            @QueryParam("language") String language, @QueryParam("format") String format, InputStream body) {
        adminToken.check(authorization);
        Response stored = DeckUploadRequest.store(decks, contentType, contentLength, body, format,
                new CsvDeck.Parameters(id, title, description, minutes, language), DeckAuthor.ADMIN);
        audit.admin(authorization, null, AuditAction.DECK_UPLOADED, DeckUploadRequest.target(stored),
                DeckUploadRequest.describe(stored));
        return stored;
    }

    @Operation(summary = "Retire an uploaded deck: no longer offered, activities keep it")
    @POST
    @Path("{id}/retire")
    public String retire(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        adminToken.check(authorization);
        if (!DeckId.isValid(id)) {
            throw ClientError.notFound("There is no uploaded deck with this id.");
        }
        try {
            if (!decks.retire(new DeckId(id))) {
                throw ClientError.notFound("There is no uploaded deck with id '" + id + "'.");
            }
        } catch (DeckRefused e) {
            throw new ClientError(409, e.getMessage(), "id");
        }
        audit.admin(authorization, null, AuditAction.DECK_RETIRED, "deck " + id, "removed from selection");
        return Json.createObjectBuilder().add("id", id).add("status", DeckVersion.Status.RETIRED.name()).build().toString();
    }

    private static JsonObjectBuilder version(DeckVersion v) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("version", v.version()).add("title", v.title())
                .add("status", v.status().name()).add("uploadedBy", v.uploadedBy())
                .add("uploadedAt", v.uploadedAt().toString());
        if (v.uploadedByName() != null) {
            json.add("uploadedByName", v.uploadedByName());
        }
        if (v.platformId() != null) {
            json.add("platformId", v.platformId());
        }
        return json;
    }
}
