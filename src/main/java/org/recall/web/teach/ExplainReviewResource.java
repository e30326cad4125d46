package org.recall.web.teach;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.activity.Activity;
import org.recall.audit.AuditAction;
import org.recall.deck.ExplainPrompt;
import org.recall.json.Json;
import org.recall.quiz.AgsGrant;
import org.recall.teach.ExplainAwards;
import org.recall.teach.ExplainReview;
import org.recall.teach.TeachingStore;
import org.recall.web.AuditTrail;
import org.recall.web.ClientError;
import org.recall.web.JsonBody;

/**
 * {@code GET /api/instructor/explain}: the students' explain answers and ticked concepts;
 * {@code PUT /api/instructor/explain/{userSub}/{promptId}/award} with {@code {points, comment?}}.
 */
@Tag(name = "instructor")
@SecurityRequirement(name = "studySession")
@Path("api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExplainReviewResource {

    @Inject
    TeachingScope scope;

    @Inject
    TeachingStore store;

    @Inject
    ExplainAwards awards;

    @Inject
    AuditTrail audit;

    @Operation(summary = "The students' explain answers and awarded points")
    @GET
    @Path("instructor/explain")
    public String explain(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Teaching t = scope.of(authorization);
        var prompts = Json.createArrayBuilder();
        for (ExplainPrompt p : t.deck().explainPrompts()) {
            var concepts = Json.createArrayBuilder();
            p.keyConcepts().forEach(concepts::add);
            prompts.add(Json.createObjectBuilder().add("id", p.id()).add("prompt", p.prompt()).add("keyConcepts", concepts));
        }
        var answers = Json.createArrayBuilder();
        for (ExplainReview r : store.explainAnswers(t.activity().id())) {
            var concepts = Json.createArrayBuilder();
            r.concepts().forEach(concepts::add);
            var json = Json.createObjectBuilder().add("userSub", r.userSub())
                    .add("displayName", r.name() == null ? r.userSub() : r.name())
                    .add("promptId", r.promptId()).add("text", r.text()).add("concepts", concepts)
                    .add("updatedAt", r.updatedAt().toString());
            JsonFieldsOut.number(json, "awardedPoints", r.awardedPoints());
            JsonFieldsOut.text(json, "comment", r.comment());
            answers.add(json);
        }
        var json = Json.createObjectBuilder().add("prompts", prompts).add("answers", answers)
                .add("graded", t.activity().isGraded());
        JsonFieldsOut.number(json, "maxPoints", t.activity().isGraded() ? t.activity().points().doubleValue() : null);
        return json.build().toString();
    }

    @Operation(summary = "Award points to a student's explain answer (sent to the gradebook)")
    @PUT
    @Path("instructor/explain/{userSub}/{promptId}/award")
    @Consumes(MediaType.APPLICATION_JSON)
    public String award(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("userSub") String userSub,
            @PathParam("promptId") String promptId, String body) {
        Teaching t = scope.of(authorization);
        Activity activity = t.activity();
        if (!activity.isGraded()) {
            throw new ClientError(409, "This activity is ungraded practice: set points in its settings to award points.");
        }
        if (userSub == null || userSub.length() > 255 || promptId == null || promptId.length() > 64
                || !store.hasExplainAnswer(activity.id(), userSub, promptId)) {
            throw ClientError.notFound("This student has no answer to this prompt in this activity.");
        }
        JsonObject json = JsonBody.object(body);
        int points = JsonBody.integer(json, "points", 0, activity.points())
                .orElseThrow(() -> ClientError.badRequest("points", "Field 'points' is required."));
        String comment = JsonBody.text(json, "comment", 1000).orElse(null);
        var outcome = awards.award(activity, userSub, promptId, points, comment, t.session().userSub(),
                AgsGrant.of(t.session().launch()));
        audit.instructor(t.session(), AuditAction.EXPLAIN_POINTS_AWARDED, "activity " + activity.id() + " prompt "
                + promptId, userSub, points + " points" + (comment == null ? "" : " with a comment"));
        return Json.createObjectBuilder().add("userSub", userSub).add("promptId", promptId)
                .add("awardedPoints", outcome.points()).add("scoreGiven", outcome.scoreGiven())
                .add("scoreMaximum", activity.points())
                .add("gradebook", outcome.sentToGradebook() ? "pending" : "none")
                .add("message", outcome.sentToGradebook() ? "Points saved; the new score is on its way to the gradebook."
                        : "Points saved. This launch did not let Recall send grades, so the gradebook is unchanged.")
                .build().toString();
    }
}
