package org.recall.web.teach;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.grade.GradeWorker;
import org.recall.grade.OutboxRow;
import org.recall.grade.OutboxStatus;
import org.recall.json.Json;
import org.recall.teach.CsvTable;
import org.recall.teach.StudentResult;
import org.recall.teach.TeachingStore;

/**
 * {@code GET /api/instructor/results}: one row per student, and the same rows as a formula-safe CSV, which adds
 * each question's credit in the student's latest attempt.
 */
@Tag(name = "instructor")
@SecurityRequirement(name = "studySession")
@Path("api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResultsResource {

    @Inject
    TeachingScope scope;

    @Inject
    TeachingStore store;

    @Inject
    GradeWorker worker;

    @Operation(summary = "Results per student")
    @GET
    @Path("instructor/results")
    public String results(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Teaching t = scope.of(authorization);
        JsonArrayBuilder students = Json.createArrayBuilder();
        Map<String, String> reasons = syncReasons(t.activity().id());
        for (StudentResult r : store.results(t.activity(), t.deck())) {
            var row = Json.createObjectBuilder().add("userSub", r.userSub()).add("displayName", r.displayName())
                    .add("attempts", r.attempts()).add("timeSpentSeconds", r.timeSpentSeconds())
                    .add("cardsKnown", r.cardsKnown()).add("cardsTotal", r.cardsTotal())
                    .add("gradeSync", r.gradeSync());
            JsonFieldsOut.text(row, "gradeSyncReason", reasons.get(r.userSub()));
            JsonFieldsOut.text(row, "name", r.name());
            JsonFieldsOut.text(row, "email", r.email());
            JsonFieldsOut.number(row, "best", r.best());
            JsonFieldsOut.number(row, "latest", r.latest());
            JsonFieldsOut.number(row, "maxScore", r.maxScore());
            var mastery = Json.createObjectBuilder();
            r.mastery().forEach(mastery::add);
            var seconds = Json.createObjectBuilder();
            r.modeSeconds().forEach(seconds::add);
            row.add("mastery", mastery).add("dueNow", r.dueNow()).add("modeSeconds", seconds);
            JsonFieldsOut.number(row, "bestMatchSeconds", r.bestMatchMillis() == null ? null : r.bestMatchMillis() / 1000.0);
            students.add(row);
        }
        return Json.createObjectBuilder().add("activity", InstructorActivityResource.json(t.activity()))
                .add("deckTitle", t.deck().title()).add("students", students).build().toString();
    }

    /**
     * Why a student's latest score is not in the gradebook: the plain reason of a failed score, or of the last
     * attempt of one still being retried (a reason and the HTTP status, never the platform's answer).
     */
    private Map<String, String> syncReasons(long activityId) {
        var reasons = new HashMap<String, String>();
        for (OutboxRow row : worker.outbox().forActivity(activityId)) {
            if (reasons.containsKey(row.userSub())) {
                continue;
            }
            reasons.put(row.userSub(), row.lastError() == null || row.status() == OutboxStatus.DELIVERED
                    || row.status() == OutboxStatus.SUPERSEDED ? null : row.lastError());
        }
        return reasons;
    }

    /** 1, 0, 0.5, 0.3333: four decimals at most. */
    static String credit(double credit) {
        double rounded = Math.round(credit * 10000) / 10000.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    @Operation(summary = "Results per student as CSV")
    @GET
    @Path("instructor/results.csv")
    @Produces("text/csv")
    public Response csv(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Teaching t = scope.of(authorization);
        // After the per-student columns, one per question: the credit (0 to 1) of the latest attempt.
        var header = new ArrayList<>(StudentResult.CSV_HEADER);
        t.deck().questions().forEach(q -> header.add("Question " + q.id() + " (" + q.type().jsonName() + "), latest attempt"));
        CsvTable csv = new CsvTable(header);
        var credits = store.latestCredits(t.activity().id());
        store.results(t.activity(), t.deck()).forEach(r -> {
            var cells = new ArrayList<>(r.csvCells());
            var mine = credits.getOrDefault(r.userSub(), java.util.Map.of());
            t.deck().questions().forEach(q -> cells.add(mine.containsKey(q.id()) ? credit(mine.get(q.id())) : ""));
            csv.row(cells);
        });
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"recall-results-" + t.activity().id() + ".csv\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }
}
