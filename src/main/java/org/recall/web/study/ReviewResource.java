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
import org.recall.study.ReviewRating;
import org.recall.study.ReviewState;
import org.recall.study.Reviews;
import org.recall.study.SpacedReview;
import org.recall.study.fsrs.Rating;
import org.recall.web.ClientError;

/** Recall &amp; Review: {@code GET /api/study/review} and {@code POST /api/study/review/ratings}. */
@Tag(name = "study")
@SecurityRequirement(name = "studySession")
@Path("api/study/review")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @Inject
    StudyVisits visits;

    @Inject
    Reviews reviews;

    @Inject
    SpacedReview spaced;

    @Operation(summary = "Recall & Review ratings")
    @GET
    public String state(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        StudyVisit visit = visits.open(authorization, StudyMode.REVIEW);
        return json(reviews.state(visit.learner(), visit.cardIds()));
    }

    /** {@code {cardId, rating: "known"|"not_yet"}}: stores a self-rating, answers the new review state. */
    @Operation(summary = "Rate a card known or not yet")
    @POST
    @Path("ratings")
    public String rate(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) {
        StudyVisit visit = visits.open(authorization, StudyMode.REVIEW);
        JsonObject json = JsonBody.read(body);
        String cardId = CardIds.require(visit, json);
        ReviewRating rating = ReviewRating.fromCode(JsonBody.requiredText(json, "rating", 20))
                .orElseThrow(() -> ClientError.badRequest("rating", "Field 'rating' must be \"known\" or \"not_yet\"."));
        ReviewState state = reviews.rate(visit.learner(), cardId, rating, visit.cardIds());
        // "Knew it" is a Good recall, "not yet" an Again: the card's FSRS memory moves as in spaced review.
        spaced.record(visit.learner(), visit.retention(), cardId, rating == ReviewRating.KNOWN ? Rating.GOOD : Rating.AGAIN);
        return json(state);
    }

    private static String json(ReviewState state) {
        var ratings = Json.createObjectBuilder();
        state.ratings().forEach(ratings::add);
        return Json.createObjectBuilder()
                .add("known", Json.createArrayBuilder(state.known()))
                .add("notYet", Json.createArrayBuilder(state.notYet()))
                .add("ratings", ratings)
                .build().toString();
    }
}
