package org.recall.web.teach;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.web.decks.DeckUploadRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.recall.deck.CsvDeck;
import org.recall.deck.Decks;
import org.recall.session.SessionToken;
import org.recall.audit.AuditAction;
import org.recall.session.StudySession;
import org.recall.web.AuditTrail;

/**
 * {@code POST /api/instructor/decks}: an instructor's deck upload, from a session opened by an instructor
 * launch. The deck belongs to the instructor's platform: instructors of other platforms cannot add
 * versions to it.
 */
@Tag(name = "instructor")
@SecurityRequirement(name = "studySession")
@Path("api/instructor/decks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InstructorDeckResource {

    @Inject
    SessionToken sessions;

    @Inject
    Decks decks;

    @Inject
    AuditTrail audit;

    @Operation(summary = "Upload a deck owned by the instructor's platform")
    @POST
    public Response upload(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
            @QueryParam("id") String id, @QueryParam("title") String title,
            @QueryParam("description") String description, @QueryParam("minutes") String minutes,
            @QueryParam("language") String language, @QueryParam("format") String format, InputStream body) {
        StudySession session = sessions.requireInstructor(authorization);
        Response stored = DeckUploadRequest.store(decks, contentType, contentLength, body, format,
                new CsvDeck.Parameters(id, title, description, minutes, language),
                DraftResource.author(session));
        audit.instructor(session, AuditAction.DECK_UPLOADED, DeckUploadRequest.target(stored), null,
                DeckUploadRequest.describe(stored));
        return stored;
    }
}
