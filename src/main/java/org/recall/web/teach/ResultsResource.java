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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.json.Json;
import org.recall.teach.CsvTable;
import org.recall.teach.StudentResult;
import org.recall.teach.TeachingStore;

/** {@code GET /api/instructor/results}: one row per student, and the same rows as a formula-safe CSV. */
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

    @Operation(summary = "Results per student")
    @GET
    @Path("instructor/results")
    public String results(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Teaching t = scope.of(authorization);
        JsonArrayBuilder students = Json.createArrayBuilder();
        for (StudentResult r : store.results(t.activity(), t.deck())) {
            var row = Json.createObjectBuilder().add("userSub", r.userSub()).add("displayName", r.displayName())
                    .add("attempts", r.attempts()).add("timeSpentSeconds", r.timeSpentSeconds())
                    .add("cardsKnown", r.cardsKnown()).add("cardsTotal", r.cardsTotal())
                    .add("gradeSync", r.gradeSync());
            JsonFieldsOut.text(row, "name", r.name());
            JsonFieldsOut.text(row, "email", r.email());
            JsonFieldsOut.number(row, "best", r.best());
            JsonFieldsOut.number(row, "latest", r.latest());
            JsonFieldsOut.number(row, "maxScore", r.maxScore());
            var boxes = Json.createArrayBuilder();
            r.leitnerBoxes().forEach(boxes::add);
            students.add(row.add("leitnerBoxes", boxes));
        }
        return Json.createObjectBuilder().add("activity", InstructorActivityResource.json(t.activity()))
                .add("deckTitle", t.deck().title()).add("students", students).build().toString();
    }

    @Operation(summary = "Results per student as CSV")
    @GET
    @Path("instructor/results.csv")
    @Produces("text/csv")
    public Response csv(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Teaching t = scope.of(authorization);
        CsvTable csv = new CsvTable(StudentResult.CSV_HEADER);
        store.results(t.activity(), t.deck()).forEach(r -> csv.row(r.csvCells()));
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"recall-results-" + t.activity().id() + ".csv\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }
}
