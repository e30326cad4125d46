package org.recall.web.study;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.concurrent.ThreadLocalRandom;
import org.recall.activity.Activity;
import org.recall.activity.StudyMode;
import org.recall.json.Json;
import org.recall.quiz.AnswerVisibility;
import org.recall.quiz.PracticeTests;
import org.recall.quiz.QuizAttempts;
import org.recall.study.TrueFalseRound;
import org.recall.study.TrueFalseStatement;
import org.recall.web.ClientError;
import org.recall.web.JsonBody;

/**
 * True or false: {@code GET /api/study/truefalse?count=n} deals a round of statements (from the quiz's
 * questions too, when allowed); {@code POST /api/study/truefalse/answers} {@code {statement, answer}} checks one.
 * A statement from a question tells its right option, so for a graded activity questions are used only
 * once the quiz would show this student its answers (after an attempt, as the teacher's "show answers"
 * rule allows): True or false never gives away a graded quiz's answer key.
 */
@Path("api/study/truefalse")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrueFalseResource {

    @Inject
    StudyVisits visits;

    @Inject
    QuizAttempts attempts;

    @Inject
    PracticeTests tests;

    /** {@code ?count=20}: a new round, {@code {questions, statements:[id]}}. */
    @GET
    public String round(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("count") Integer count) {
        StudyVisit visit = visits.open(authorization, StudyMode.TRUEFALSE);
        int n = count == null ? 20 : count;
        if (n < 1 || n > TrueFalseRound.MAX_COUNT) {
            throw ClientError.badRequest("count", "A round has 1 to " + TrueFalseRound.MAX_COUNT + " statements.");
        }
        boolean questions = questionsOpen(visit);
        return Json.createObjectBuilder().add("questions", questions)
                .add("statements", Json.createArrayBuilder(TrueFalseRound.of(visit.deck(), questions, n,
                        ThreadLocalRandom.current()))).build().toString();
    }

    @POST
    @Path("answers")
    public String answer(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) {
        StudyVisit visit = visits.open(authorization, StudyMode.TRUEFALSE);
        JsonObject json = JsonBody.read(body);
        String id = JsonBody.requiredText(json, "statement", 80);
        boolean answer = JsonBody.requiredFlag(json, "answer");
        TrueFalseStatement statement = TrueFalseStatement.parse(id).orElseThrow(() -> ClientError.badRequest("statement",
                "Field 'statement' must name a card pair (c:<card>:<card>) or a question option (q:<question>:<option>)."));
        boolean truth = statement.truth(visit.deck()).orElseThrow(() -> ClientError.badRequest("statement",
                "There is no such card, question or option in this deck."));
        if (statement.fromQuestion() && !questionsOpen(visit)) {
            throw ClientError.forbidden("Statements from the quiz's questions come after your quiz attempt.");
        }
        String right = statement.rightAnswer(visit.deck());
        return Json.createObjectBuilder().add("statement", id).add("truth", truth).add("correct", truth == answer)
                .add("rightAnswer", right == null ? JsonValue.NULL : Json.createValue(right)).build().toString();
    }

    private boolean questionsOpen(StudyVisit visit) {
        Activity activity = visit.activity();
        if (!activity.isGraded()) {
            return true;
        }
        // Attempts of the graded mode: the quiz's, or the Practice test's (both ask the same questions).
        int used = activity.modeSettings().gradedMode() == StudyMode.TEST ? tests.submittedCount(visit.learner())
                : attempts.submittedCount(visit.learner());
        return used > 0 && AnswerVisibility.showsAnswers(activity.showAnswers(), activity.attemptsAllowed(), used);
    }
}
