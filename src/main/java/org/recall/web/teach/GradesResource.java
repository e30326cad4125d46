package org.recall.web.teach;

import jakarta.enterprise.context.RequestScoped;
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
import org.recall.audit.AuditAction;
import org.recall.grade.GradeWorker;
import org.recall.grade.PlatformProblems;
import org.recall.grade.OutboxRow;
import org.recall.grade.OutboxStatus;
import org.recall.lti.ags.AgsException;
import org.recall.lti.ags.Result;
import org.recall.session.SessionToken;
import org.recall.session.StudySession;
import org.recall.store.PlatformTable;

import org.recall.web.AuditTrail;
import org.recall.web.ClientError;

/**
 * Grade sync as instructors see it: {@code GET /api/instructor/grades} (per student),
 * {@code POST /api/instructor/grades/{userSub}/resend} and {@code POST /api/instructor/grades/check}
 * (reads the platform's results, AGS 2.0 §3.3, and compares them with what Recall sent).
 */
@Tag(name = "instructor")
@SecurityRequirement(name = "studySession")
@Path("api/instructor/grades")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GradesResource {

    @Inject
    SessionToken sessions;

    @Inject
    Activities activities;

    @Inject
    GradeWorker worker;

    @Inject
    PlatformTable platforms;

    @Inject
    AuditTrail audit;

    @Operation(summary = "Gradebook sync status of each student")
    @GET
    public String grades(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        StudySession session = sessions.requireInstructor(authorization);
        var students = Json.createArrayBuilder();
        activity(session).ifPresent(a -> byStudent(worker.outbox().forActivity(a.id())).forEach((user, rows) -> {
            OutboxRow latest = rows.get(0);
            var student = Json.createObjectBuilder().add("userSub", user);
            score(student, latest);
            student.add("status", latest.status() == OutboxStatus.DELIVERED ? "sent"
                    : latest.status() == OutboxStatus.FAILED ? "failed" : "pending");
            rows.stream().filter(r -> r.status() == OutboxStatus.DELIVERED).findFirst().ifPresent(accepted -> {
                var acc = Json.createObjectBuilder().add("at", accepted.deliveredAt().toString());
                if (accepted.scoreGiven() != null) {
                    acc.add("scoreGiven", accepted.scoreGiven()).add("scoreMaximum", accepted.scoreMaximum());
                }
                student.add("accepted", acc);
            });
            if (latest.status() == OutboxStatus.PENDING) {
                student.add("attempts", latest.attempts()).add("nextAttemptAt", latest.nextAttemptAt().toString());
            }
            if (latest.status() != OutboxStatus.DELIVERED && latest.lastError() != null) {
                student.add("reason", latest.lastError());
            }
            if (latest.lastStatus() != null) {
                student.add("platformStatus", latest.lastStatus());
            }
            students.add(student);
        }));
        return Json.createObjectBuilder().add("students", students).build().toString();
    }

    @Operation(summary = "Send a student's latest score again")
    @POST
    @Path("{userSub}/resend")
    public String resend(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("userSub") String userSub) {
        StudySession session = sessions.requireInstructor(authorization);
        Activity activity = activity(session).orElseThrow(() -> ClientError.notFound("This activity has no scores yet."));
        if (userSub == null || userSub.length() > 255 || !worker.outbox().resend(activity.id(), userSub, Instant.now())) {
            throw ClientError.notFound("Recall holds no score of this student in this activity.");
        }
        worker.wakeUp();
        audit.instructor(session, AuditAction.GRADE_RESENT, "activity " + activity.id(), userSub,
                "the latest score is sent to the gradebook again");
        return Json.createObjectBuilder().add("status", "pending")
                .add("message", "The score will be sent again.").build().toString();
    }

    @Operation(summary = "Compare Recall's scores with the platform's gradebook")
    @POST
    @Path("check")
    public String check(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        StudySession session = sessions.requireInstructor(authorization);
        Activity activity = activity(session).orElseThrow(() -> ClientError.notFound("This activity has no scores yet."));
        Map<String, List<OutboxRow>> rows = byStudent(worker.outbox().forActivity(activity.id()));
        URI lineItem = rows.values().stream().flatMap(List::stream).map(OutboxRow::lineItemUrl)
                .filter(u -> u != null).findFirst()
                .orElseThrow(() -> new ClientError(409, "Recall does not know this activity's gradebook column yet."));
        Set<String> scopes = rows.values().iterator().next().get(0).scopes();
        var platform = platforms.byId(session.platformId())
                .orElseThrow(() -> ClientError.notFound("The platform's registration was removed."));
        List<Result> results;
        try {
            results = worker.client().results(platform, scopes, lineItem);
        } catch (AgsException e) {
            worker.problems().report(platform.id(), PlatformProblems.GRADES, e);
            throw new ClientError(502, "The platform did not give its gradebook: " + e.getMessage());
        }
        var students = Json.createArrayBuilder();
        rows.forEach((user, list) -> {
            Optional<OutboxRow> sent = list.stream().filter(r -> r.status() == OutboxStatus.DELIVERED).findFirst();
            Optional<Result> held = results.stream().filter(r -> user.equals(r.userId())).findFirst();
            var s = Json.createObjectBuilder().add("userSub", user);
            sent.filter(r -> r.scoreGiven() != null).ifPresent(r -> s.add("sent", r.scoreGiven()));
            held.filter(r -> r.resultScore() != null).ifPresent(r -> s.add("platform", r.resultScore()));
            boolean match = sent.isPresent() && held.isPresent() && sent.get().scoreGiven() != null
                    && held.get().resultScore() != null
                    && Math.abs(sent.get().scoreGiven() / sent.get().scoreMaximum()
                            - held.get().resultScore() / Optional.ofNullable(held.get().resultMaximum()).orElse(sent.get().scoreMaximum())) < 1e-6;
            students.add(s.add("match", match));
        });
        return Json.createObjectBuilder().add("students", students).build().toString();
    }

    private Optional<Activity> activity(StudySession session) {
        return activities.existing(session);
    }

    private static Map<String, List<OutboxRow>> byStudent(List<OutboxRow> rows) {
        var map = new LinkedHashMap<String, List<OutboxRow>>();
        rows.forEach(r -> map.computeIfAbsent(r.userSub(), k -> new java.util.ArrayList<>()).add(r));
        return map;
    }

    private static void score(JsonObjectBuilder json, OutboxRow row) {
        if (row.scoreGiven() != null) {
            json.add("scoreGiven", row.scoreGiven()).add("scoreMaximum", row.scoreMaximum());
        }
        json.add("timestamp", row.scoreTimestamp().toString());
    }
}
