package org.recall.web.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recall.activity.Activities;
import org.recall.activity.Activity;
import org.recall.grade.GradeWorker;
import org.recall.grade.OutboxRow;
import org.recall.grade.OutboxStatus;
import org.recall.lti.ags.Result;
import org.recall.session.SessionToken;
import org.recall.session.StudySession;
import org.recall.store.PlatformTable;

import org.recall.web.ClientError;

/**
 * The student's grade sync: {@code GET /api/study/grade} answers the latest score and whether the
 * platform's gradebook accepted it.
 */
@Tag(name = "study")
@SecurityRequirement(name = "studySession")
@Path("api/study/grade")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class GradeStatusResource {

    @Inject
    SessionToken sessions;

    @Inject
    Activities activities;

    @Inject
    GradeWorker worker;

    @Operation(summary = "Whether the student's score reached the gradebook")
    @GET
    public String studentGrade(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        StudySession session = sessions.require(authorization);
        String platform = platformName(session);
        var json = Json.createObjectBuilder();
        Optional<OutboxRow> latest = activities.existing(session).flatMap(a -> worker.outbox().latest(a.id(), session.userSub()));
        if (latest.isEmpty()) {
            return json.add("status", "none").add("message", "No score to send yet.").build().toString();
        }
        OutboxRow row = latest.get();
        score(json, row);
        switch (row.status()) {
            case DELIVERED -> json.add("status", "sent")
                    .add("message", "Your score was sent to " + platform + ".")
                    .add("sentAt", row.deliveredAt().toString());
            case FAILED -> json.add("status", "failed")
                    .add("message", "Your score is saved, but " + platform + " has not accepted it yet; your teacher can see why.");
            default -> json.add("status", "pending")
                    .add("message", "Your score will be sent to " + platform + ".");
        }
        return json.build().toString();
    }

    private static void score(JsonObjectBuilder json, OutboxRow row) {
        if (row.scoreGiven() != null) {
            json.add("scoreGiven", row.scoreGiven()).add("scoreMaximum", row.scoreMaximum());
        }
        json.add("timestamp", row.scoreTimestamp().toString());
    }

    private static String platformName(StudySession session) {
        return session.text(org.recall.session.LaunchRecord.CONTEXT_TITLE).map(t -> "the gradebook of " + t)
                .orElse("your course's gradebook");
    }
}
