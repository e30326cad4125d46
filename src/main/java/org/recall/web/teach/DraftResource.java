package org.recall.web.teach;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.audit.AuditAction;
import org.recall.deck.DeckAuthor;
import org.recall.deck.DeckDraft;
import org.recall.deck.DeckDrafts;
import org.recall.deck.DeckPublisher;
import org.recall.deck.DeckRefused;
import org.recall.deck.DeckVersion;
import org.recall.deck.Decks;
import org.recall.deck.DraftDocument;
import org.recall.json.Json;
import org.recall.session.LaunchRecord;
import org.recall.session.SessionToken;
import org.recall.session.StudySession;
import org.recall.web.AuditTrail;
import org.recall.web.ClientError;
import org.recall.web.JsonBody;

/**
 * The deck editor's API, for instructors (403 for anyone else), always within the platform of their launch:
 * another platform's draft is 404. {@code GET /api/instructor/drafts} lists the platform's drafts and the
 * decks it may edit in place (with the launch's locale, for the page's language); {@code POST} starts a draft ({@link DraftStart}); {@code GET}, {@code PUT}
 * (saved as the teacher types, answering the deck errors by JSON path) and {@code DELETE
 * /api/instructor/drafts/{id}}; {@code POST /api/instructor/drafts/{id}/publish} stores it as a deck version.
 */
@Tag(name = "instructor")
@SecurityRequirement(name = "studySession")
@Path("api/instructor/drafts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DraftResource {

    static final String NO_DRAFT = "There is no such draft on your course platform (it may have been published or discarded).";

    @Inject
    SessionToken sessions;

    @Inject
    Decks decks;

    @Inject
    DeckDrafts drafts;

    @Inject
    DeckPublisher publisher;

    @Inject
    AuditTrail audit;

    @Operation(summary = "The course platform's deck drafts")
    @GET
    public String list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        StudySession session = sessions.requireInstructor(authorization);
        var list = Json.createArrayBuilder();
        drafts.ofPlatform(session.platformId()).forEach(d -> list.add(DraftJson.summary(d)));
        var editable = Json.createArrayBuilder();
        String owner = DeckVersion.platformOwner(session.platformId());
        decks.all().stream().filter(d -> decks.isOwnedBy(d.id(), owner)).forEach(d -> editable.add(d.id().value()));
        return Json.createObjectBuilder().add("locale", session.locale()).add("drafts", list)
                .add("editableDecks", editable).build().toString();
    }

    @Operation(summary = "Start a draft (a new deck, or a version of a deck)")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        StudySession session = sessions.requireInstructor(authorization);
        DraftStart.Started started = DraftStart.start(JsonBody.object(body), session, author(session), decks, drafts);
        String json = full(started.draft()).toString();
        return (started.existed() ? Response.ok() : Response.created(URI.create("/api/instructor/drafts/" + started.draft().id())))
                .type(MediaType.APPLICATION_JSON_TYPE).entity(json).build();
    }

    @Operation(summary = "One draft")
    @GET
    @Path("{id}")
    public String get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        StudySession session = sessions.requireInstructor(authorization);
        return full(draft(id, session)).toString();
    }

    @Operation(summary = "Save a draft")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String save(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
            InputStream body) {
        StudySession session = sessions.requireInstructor(authorization);
        DeckDraft draft = draft(id, session);
        DraftSave save = DraftSave.read(body);
        DeckDraft saved = drafts.save(draft.id(), session.platformId(), save.revision(), DraftDocument.title(save.document()),
                save.text(), author(session)).orElseThrow(() -> new ClientError(409, DeckRefused.STALE_DRAFT, "revision"));
        return Json.createObjectBuilder().add("revision", saved.revision()).add("updatedAt", saved.updatedAt().toString())
                .add("errors", DraftJson.errors(DraftDocument.errors(save.document(), saved.deckId()))).build().toString();
    }

    @Operation(summary = "Publish a draft as a deck version")
    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
            String body) {
        StudySession session = sessions.requireInstructor(authorization);
        DeckDraft draft = draft(id, session);
        JsonObject json = JsonBody.object(body);
        int revision = JsonBody.integer(json, "revision", 1, Integer.MAX_VALUE)
                .orElseThrow(() -> ClientError.badRequest("revision", "Name the revision to publish."));
        boolean asNewDeck = JsonBody.flag(json, "asNewDeck").orElse(false);
        DeckVersion version;
        try {
            version = publisher.publish(draft.id(), revision, asNewDeck, author(session))
                    .orElseThrow(() -> ClientError.notFound(NO_DRAFT));
        } catch (DeckRefused e) {
            throw new ClientError(409, e.getMessage(), DeckRefused.RETIRED.equals(e.getMessage()) ? "asNewDeck" : "revision");
        }
        audit.instructor(session, AuditAction.DECK_DRAFT_PUBLISHED, "deck " + version.id().value() + " version "
                + version.version(), null, "draft " + draft.id() + " revision " + revision + (asNewDeck ? " as a new deck" : ""));
        String answer = DraftJson.version(version, session.platformId()).add("deck", version.id().value()).build().toString();
        return Response.created(URI.create("/api/decks/" + version.id().value())).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(answer).build();
    }

    @Operation(summary = "Discard a draft")
    @DELETE
    @Path("{id}")
    public Response discard(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        StudySession session = sessions.requireInstructor(authorization);
        drafts.delete(draft(id, session).id(), session.platformId(), null);
        return Response.noContent().build();
    }

    private JsonObject full(DeckDraft draft) {
        JsonObject document;
        try (var reader = Json.createReader(new StringReader(draft.document()))) {
            document = reader.readObject();
        }
        List<DeckVersion> versions = draft.deck().map(decks::versions).orElse(List.of());
        boolean retired = draft.deck().map(decks::isRetired).orElse(false);
        return DraftJson.full(draft, document, DraftDocument.errors(document, draft.deckId()), versions, retired).build();
    }

    private DeckDraft draft(String id, StudySession session) {
        try {
            return drafts.find(Long.parseLong(id), session.platformId()).orElseThrow(() -> ClientError.notFound(NO_DRAFT));
        } catch (NumberFormatException e) {
            throw ClientError.notFound(NO_DRAFT);
        }
    }

    static DeckAuthor author(StudySession session) {
        return DeckAuthor.instructor(session.platformId(), session.userSub(), session.text(LaunchRecord.NAME).orElse(null));
    }
}
