package org.recall.web.teach;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.deck.Card;
import org.recall.deck.HtmlSubset;
import org.recall.deck.TextFormat;
import org.recall.json.Json;
import org.recall.teach.Histogram;
import org.recall.teach.ItemAnalysis;
import org.recall.teach.TeachingStore;

/** {@code GET /api/instructor/analysis}: item analysis, the histogram of attempt scores, the cards rated "not yet". */
@Tag(name = "instructor")
@SecurityRequirement(name = "studySession")
@Path("api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {

    static final int MOST_NOT_YET = 5;

    @Inject
    TeachingScope scope;

    @Inject
    TeachingStore store;

    @Operation(summary = "Item analysis of the activity: share correct, wrong options, score histogram")
    @GET
    @Path("instructor/analysis")
    public String analysis(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Teaching t = scope.of(authorization);
        long id = t.activity().id();
        var items = Json.createArrayBuilder();
        for (ItemAnalysis.Item item : ItemAnalysis.of(t.deck(), store.submittedAttemptQuestions(id), store.submittedAnswers(id))) {
            var wrong = Json.createArrayBuilder();
            item.wrongOptions().forEach(w -> {
                var option = Json.createObjectBuilder().add("text", text(t, w.text())).add("chosen", w.chosen());
                JsonFieldsOut.text(option, "optionId", w.optionId());
                wrong.add(option);
            });
            items.add(Json.createObjectBuilder().add("questionId", item.questionId())
                    .add("type", item.type().jsonName()).add("prompt", text(t, item.prompt()))
                    .add("attempts", item.attempts()).add("correct", item.correct()).add("partial", item.partial())
                    .add("unanswered", item.unanswered())
                    .add("percentCorrect", item.percentCorrect()).add("wrongOptions", wrong));
        }
        var bins = Json.createArrayBuilder();
        Histogram.of(store.attemptPercents(id), Histogram.DEFAULT_BINS).bins()
                .forEach(b -> bins.add(Json.createObjectBuilder().add("from", b.from()).add("to", b.to()).add("count", b.count())));
        var notYet = Json.createArrayBuilder();
        store.notYetCounts(id).entrySet().stream().limit(MOST_NOT_YET).forEach(e -> notYet.add(Json.createObjectBuilder()
                .add("cardId", e.getKey())
                .add("prompt", text(t, t.deck().cards().stream().filter(c -> c.id().equals(e.getKey()))
                        .map(Card::prompt).findFirst().orElse(e.getKey())))
                .add("students", e.getValue())));
        return Json.createObjectBuilder().add("questions", items).add("histogram", bins).add("notYet", notYet)
                .build().toString();
    }

    /** The teaching page shows deck texts as plain text: an HTML deck's markup is reduced to what it reads. */
    private static String text(Teaching t, String deckText) {
        return t.deck().textFormat() == TextFormat.HTML ? HtmlSubset.text(deckText) : deckText;
    }
}
