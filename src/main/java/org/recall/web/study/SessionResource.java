package org.recall.web.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.json.Json;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.recall.activity.Activities;
import org.recall.activity.Activity;
import org.recall.activity.StudyMode;
import org.recall.quiz.QuizAttempts;
import org.recall.session.LaunchRecord;
import org.recall.session.SessionToken;
import org.recall.session.StudySession;
import org.recall.study.Learner;

/**
 * {@code GET /api/study/session}: who the study page is for and what the activity offers. The first
 * call of a page after the launch; it creates the activity on its first launch.
 */
@Tag(name = "study")
@SecurityRequirement(name = "studySession")
@Path("api/study/session")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    SessionToken sessions;

    @Inject
    Activities activities;

    @Inject
    QuizAttempts attempts;

    @Operation(summary = "The launch's activity, user and modes")
    @GET
    public String session(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        StudySession session = sessions.require(authorization);
        Activity activity = activities.forSession(session);
        var modes = Json.createArrayBuilder();
        activity.modes().stream().sorted().map(StudyMode::code).forEach(modes::add);
        var activityJson = Json.createObjectBuilder()
                .add("id", activity.id())
                .add("title", activity.title() == null ? "" : activity.title())
                .add("deck", activity.deckId());
        if (activity.deckVersion() != null) {
            activityJson.add("deckVersion", activity.deckVersion());
        }
        var json = Json.createObjectBuilder()
                .add("user", Json.createObjectBuilder()
                        .add("name", session.text(LaunchRecord.NAME).orElse(session.userSub()))
                        .add("instructor", session.isInstructor()))
                .add("locale", session.locale())
                .add("course", session.text(LaunchRecord.CONTEXT_TITLE).orElse(""))
                .add("activity", activityJson
                        .add("modes", modes)
                        .add("graded", activity.isGraded())
                        .add("gradedMode", activity.modeSettings().gradedMode().code())
                        .add("configured", activity.configured())
                        .add("points", activity.isGraded() ? Json.createValue(activity.points()) : JsonValue.NULL)
                        .add("attemptsAllowed", activity.attemptsAllowed() == null ? JsonValue.NULL
                                : Json.createValue(activity.attemptsAllowed()))
                        .add("attemptsUsed", attempts.submittedCount(new Learner(activity.id(), session.userSub())))
                        .add("showAnswers", activity.showAnswers().name().toLowerCase(Locale.ROOT)));
        return json.build().toString();
    }
}
