package org.recall.web.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.deck.DeckJson;

/** {@code GET /api/study/deck}: the activity's deck, public view (no correct option, no explanation). */
@Tag(name = "study")
@SecurityRequirement(name = "studySession")
@Path("api/study/deck")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class StudyDeckResource {

    @Inject
    StudyVisits visits;

    @Operation(summary = "The activity's deck, without its answer key")
    @GET
    public String deck(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return DeckJson.of(visits.open(authorization).deck().publicView()).build().toString();
    }
}
