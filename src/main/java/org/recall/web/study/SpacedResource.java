package org.recall.web.study;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.web.JsonBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.recall.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.recall.activity.StudyMode;
import org.recall.study.SpacedReview;
import org.recall.study.SpacedState;

/** Spaced review: {@code GET /api/study/spaced} and {@code POST /api/study/spaced/ratings}. */
@Tag(name = "study")
@SecurityRequirement(name = "studySession")
@Path("api/study/spaced")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SpacedResource {

    @Inject
    StudyVisits visits;

    @Inject
    SpacedReview spaced;

    @Operation(summary = "Leitner boxes and due cards")
    @GET
    public String state(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        StudyVisit visit = visits.open(authorization, StudyMode.SPACED);
        return json(spaced.state(visit.learner(), visit.cardIds()));
    }

    /** {@code {cardId, known}}: known moves the card up a box, missed back to box 1. */
    @Operation(summary = "Move a card between boxes")
    @POST
    @Path("ratings")
    public String rate(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) {
        StudyVisit visit = visits.open(authorization, StudyMode.SPACED);
        JsonObject json = JsonBody.read(body);
        String cardId = CardIds.require(visit, json);
        boolean known = JsonBody.requiredFlag(json, "known");
        return json(spaced.review(visit.learner(), cardId, known, visit.cardIds()));
    }

    private static String json(SpacedState state) {
        var boxes = Json.createObjectBuilder();
        state.boxes().forEach(boxes::add);
        var nextDue = Json.createObjectBuilder();
        state.nextDue().forEach((card, at) -> nextDue.add(card, at.toString()));
        return Json.createObjectBuilder()
                .add("boxes", boxes)
                .add("due", Json.createArrayBuilder(state.due()))
                .add("nextDue", nextDue)
                .build().toString();
    }
}
