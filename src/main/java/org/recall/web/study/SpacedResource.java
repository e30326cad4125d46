package org.recall.web.study;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.web.JsonBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.recall.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import org.recall.study.fsrs.Rating;
import org.recall.web.CardMemoryJson;
import org.recall.web.ClientError;

/** Spaced review on FSRS-6: {@code GET /api/study/spaced} and {@code POST /api/study/spaced/ratings}. */
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

    @Operation(summary = "The cards due and each card's FSRS-6 state")
    @GET
    public String state(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        StudyVisit visit = visits.open(authorization, StudyMode.SPACED);
        return json(visit, spaced.state(visit.learner(), visit.retention(), visit.cardIds()));
    }

    /** {@code {cardId, rating: "again"|"hard"|"good"|"easy"}}: reviews the card now, answers the new state. */
    @Operation(summary = "Rate a card again, hard, good or easy (FSRS-6)")
    @POST
    @Path("ratings")
    public String rate(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) {
        StudyVisit visit = visits.open(authorization, StudyMode.SPACED);
        JsonObject json = JsonBody.read(body);
        String cardId = CardIds.require(visit, json);
        Rating rating = Rating.fromCode(JsonBody.requiredText(json, "rating", 10)).orElseThrow(() -> ClientError
                .badRequest("rating", "Field 'rating' must be \"again\", \"hard\", \"good\" or \"easy\"."));
        return json(visit, spaced.rate(visit.learner(), visit.retention(), cardId, rating, visit.cardIds()));
    }

    private String json(StudyVisit visit, SpacedState state) {
        var cards = Json.createObjectBuilder();
        for (SpacedState.Card card : state.cards()) {
            cards.add(card.id(), CardMemoryJson.of(card));
        }
        JsonValue next = JsonValue.NULL;
        if (!state.due().isEmpty()) {
            var waits = Json.createObjectBuilder();
            SpacedState.Card first = state.cards().stream().filter(c -> c.id().equals(state.due().get(0))).findFirst()
                    .orElseThrow();
            spaced.preview(visit.learner(), first.memory(), state.desiredRetention()).forEach((rating, wait) ->
                    waits.add(rating.code(), Math.max(0, wait.toSeconds())));
            next = Json.createObjectBuilder().add("cardId", first.id()).add("waits", waits).build();
        }
        return Json.createObjectBuilder()
                .add("now", state.now().toString())
                .add("desiredRetention", state.desiredRetention())
                .add("cards", cards)
                .add("due", Json.createArrayBuilder(state.due()))
                .add("dueNow", state.dueNow())
                .add("known", state.known())
                .add("next", next)
                .build().toString();
    }
}
