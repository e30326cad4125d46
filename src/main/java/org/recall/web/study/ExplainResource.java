package org.recall.web.study;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.web.JsonBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.recall.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.TreeSet;
import org.recall.activity.StudyMode;
import org.recall.deck.ExplainPrompt;
import org.recall.study.ExplainAnswer;
import org.recall.study.ExplainAnswers;
import org.recall.web.ClientError;

/** Explain: {@code GET /api/study/explain} and {@code PUT /api/study/explain/{promptId}}. */
@Tag(name = "study")
@SecurityRequirement(name = "studySession")
@Path("api/study/explain")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExplainResource {

    @Inject
    StudyVisits visits;

    @Inject
    ExplainAnswers answers;

    @Operation(summary = "The student's explain answers")
    @GET
    public String all(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        StudyVisit visit = visits.open(authorization, StudyMode.EXPLAIN);
        return json(visit);
    }

    /** {@code {text, concepts:[index]}}: stores the answer to one prompt, answers all the student's answers. */
    @Operation(summary = "Save an explain answer and the concepts covered")
    @PUT
    @Path("{promptId}")
    public String store(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("promptId") String promptId, InputStream body) {
        StudyVisit visit = visits.open(authorization, StudyMode.EXPLAIN);
        ExplainPrompt prompt = visit.deck().explainPrompts().stream().filter(p -> p.id().equals(promptId)).findFirst()
                .orElseThrow(() -> ClientError.badRequest("promptId", "There is no explain prompt with this id in the deck."));
        JsonObject json = JsonBody.read(body);
        String text = json.get("text") instanceof JsonString s ? s.getString() : null;
        if (text == null || text.length() > ExplainAnswer.MAX_TEXT_LENGTH) {
            throw ClientError.badRequest("text", "Field 'text' is required: a string of at most 10,000 characters.");
        }
        answers.store(visit.learner(), new ExplainAnswer(prompt.id(), text, concepts(json, prompt)));
        return json(visit);
    }

    private static TreeSet<Integer> concepts(JsonObject json, ExplainPrompt prompt) {
        String wrong = "Field 'concepts' must be an array of key concept indexes, 0 to " + (prompt.keyConcepts().size() - 1) + ".";
        if (!(json.get("concepts") instanceof JsonArray array)) {
            throw ClientError.badRequest("concepts", wrong);
        }
        var concepts = new TreeSet<Integer>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonNumber number) || !number.isIntegral()
                    || number.bigDecimalValue().signum() < 0
                    || number.bigDecimalValue().compareTo(BigDecimal.valueOf(prompt.keyConcepts().size())) >= 0) {
                throw ClientError.badRequest("concepts", wrong);
            }
            concepts.add(number.intValue());
        }
        return concepts;
    }

    private String json(StudyVisit visit) {
        var all = Json.createObjectBuilder();
        for (ExplainAnswer answer : answers.all(visit.learner())) {
            all.add(answer.promptId(), Json.createObjectBuilder().add("text", answer.text())
                    .add("concepts", Json.createArrayBuilder(answer.conceptIndexes())));
        }
        return Json.createObjectBuilder().add("answers", all).build().toString();
    }
}
