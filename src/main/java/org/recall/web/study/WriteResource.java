package org.recall.web.study;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.Map;
import org.recall.activity.StudyMode;
import org.recall.json.Json;
import org.recall.study.CardMemory;
import org.recall.study.SpacedReview;
import org.recall.study.fsrs.Rating;
import org.recall.web.ClientError;
import org.recall.web.JsonBody;

/**
 * Write: {@code POST /api/study/write/ratings} {@code {cardId, result: "right"|"overridden"|"wrong"}}: the
 * outcome of a typed answer, compared in the page (a card's back is no secret), feeds the card's FSRS
 * memory like a spaced review: right is Good, "I was right" (overridden) Hard, wrong Again.
 */
@Path("api/study/write/ratings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WriteResource {

    static final Map<String, Rating> RESULTS = Map.of("right", Rating.GOOD, "overridden", Rating.HARD, "wrong", Rating.AGAIN);

    @Inject
    StudyVisits visits;

    @Inject
    SpacedReview spaced;

    @POST
    public String rate(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) {
        StudyVisit visit = visits.open(authorization, StudyMode.WRITE);
        JsonObject json = JsonBody.read(body);
        String cardId = CardIds.require(visit, json);
        Rating rating = RESULTS.get(JsonBody.requiredText(json, "result", 12));
        if (rating == null) {
            throw ClientError.badRequest("result", "Field 'result' must be \"right\", \"overridden\" or \"wrong\".");
        }
        CardMemory card = spaced.record(visit.learner(), visit.retention(), cardId, rating);
        return Json.createObjectBuilder().add("cardId", cardId).add("rating", rating.code())
                .add("due", card.state().due().toString()).build().toString();
    }
}
