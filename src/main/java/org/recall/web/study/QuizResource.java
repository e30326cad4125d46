package org.recall.web.study;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.web.JsonBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.recall.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.recall.activity.StudyMode;
import org.recall.grade.GradeWorker;
import org.recall.metrics.Metrics;
import org.recall.quiz.AgsGrant;
import org.recall.quiz.Answer;
import org.recall.quiz.AnswerCheck;
import org.recall.quiz.Attempt;
import org.recall.quiz.QuizAttempts;
import org.recall.quiz.QuizRefusal;
import org.recall.quiz.QuizResults;
import org.recall.quiz.QuizSubmission;
import org.recall.web.ClientError;

/** The quiz: attempts, answers, submission and results under {@code /api/study/quiz} (docs/study-api.md). */
@Tag(name = "study")
@SecurityRequirement(name = "studySession")
@Path("api/study/quiz")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class QuizResource {

    @Inject
    GradeWorker gradeWorker;

    @Inject
    Metrics metrics;

    @Inject
    StudyVisits visits;

    @Inject
    QuizAttempts attempts;

    @Inject
    QuizResults results;

    @Inject
    QuizSubmission submission;

    /** The student's submitted attempts, the attempts allowed and where their score stands in the gradebook. */
    @Operation(summary = "The student's attempts")
    @GET
    public String list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        StudyVisit visit = visits.open(authorization, StudyMode.QUIZ);
        var list = Json.createArrayBuilder();
        attempts.submitted(visit.learner()).forEach(a -> list.add(QuizJson.summary(a)));
        Optional<Attempt> open = attempts.open(visit.learner());
        return Json.createObjectBuilder()
                .add("attempts", list)
                .add("openAttemptId", open.map(a -> (JsonValue) Json.createValue(a.id())).orElse(JsonValue.NULL))
                .add("attemptsAllowed", QuizJson.number(visit.activity().attemptsAllowed()))
                .add("gradebook", QuizJson.gradebook(results.gradebook(visit.activity(), visit.learner(), grant(visit))))
                .build().toString();
    }

    /** Starts an attempt, or answers the open one; 409 when no attempts are left. */
    @Operation(summary = "Start an attempt, or resume the open one")
    @POST
    @Path("attempts")
    public String start(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        StudyVisit visit = visits.open(authorization, StudyMode.QUIZ);
        Attempt attempt = attempts.start(visit.activity(), visit.learner(), visit.deck());
        submission.startedProgress(visit.activity(), attempt, grant(visit));
        return openView(visit, attempt);
    }

    @Operation(summary = "One attempt (its result once submitted)")
    @GET
    @Path("attempts/{id}")
    public String attempt(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        StudyVisit visit = visits.open(authorization, StudyMode.QUIZ);
        Attempt attempt = attempts.require(attemptId(id), visit.learner());
        return attempt.isOpen() ? openView(visit, attempt) : resultView(visit, attempt);
    }

    /**
     * {@code {answer}} (the JSON of the question's type; null clears the saved answer) or, for a single-choice
     * question as before the other types, {@code {optionId}}: saves one answer of an open attempt.
     */
    @Operation(summary = "Save the answer to one question")
    @PUT
    @Path("attempts/{id}/answers/{questionId}")
    public String answer(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
            @PathParam("questionId") String questionId, InputStream body) {
        StudyVisit visit = visits.open(authorization, StudyMode.QUIZ);
        Attempt attempt = attempts.require(attemptId(id), visit.learner());
        if (!attempt.isOpen()) {
            throw new QuizRefusal(QuizRefusal.Reason.CLOSED);
        }
        JsonObject json = JsonBody.read(body);
        String field = json.containsKey("answer") || !json.containsKey("optionId") ? "answer" : "optionId";
        JsonValue value = json.get(field);
        if (value == null) {
            throw ClientError.badRequest("answer", "Send the answer as {\"answer\": …} (docs/study-api.md).");
        }
        Answer answer = value == JsonValue.NULL ? null
                : AnswerCheck.check(results.deckOf(attempt), attempt, questionId, value, "questionId", field);
        if (answer == null && !attempt.questionIds().contains(questionId)) {
            throw new QuizRefusal(QuizRefusal.Reason.UNKNOWN_QUESTION, "questionId");
        }
        return openView(visit, attempts.saveAnswer(attempt, questionId, answer));
    }

    /** {@code {answers:{questionId: answer}}}: grades, stores and (graded activity) enqueues the score. */
    @Operation(summary = "Submit and grade the attempt; the score goes to the gradebook")
    @POST
    @Path("attempts/{id}/submit")
    public String submit(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
            InputStream body) {
        StudyVisit visit = visits.open(authorization, StudyMode.QUIZ);
        Attempt attempt = attempts.require(attemptId(id), visit.learner());
        if (!attempt.isOpen()) {
            throw new QuizRefusal(QuizRefusal.Reason.ALREADY_SUBMITTED);
        }
        Map<String, JsonValue> answers = answers(JsonBody.requiredObject(JsonBody.read(body), "answers"));
        var result = submission.submit(visit.activity(), attempt, answers, grant(visit));
        gradeWorker.wakeUp(); // the score is committed: send it now rather than at the next poll
        metrics.quizSubmitted();
        return QuizJson.result(result, visit.activity().attemptsAllowed(), submittedCount(visit)).build().toString();
    }

    private String openView(StudyVisit visit, Attempt attempt) {
        return QuizJson.open(attempt, results.deckOf(attempt), submittedCount(visit), visit.activity().attemptsAllowed())
                .build().toString();
    }

    private String resultView(StudyVisit visit, Attempt attempt) {
        int used = submittedCount(visit);
        var result = results.result(visit.activity(), attempt, used, grant(visit));
        return QuizJson.result(result, visit.activity().attemptsAllowed(), used).build().toString();
    }

    private int submittedCount(StudyVisit visit) {
        return attempts.submittedCount(visit.learner());
    }

    private static Optional<AgsGrant> grant(StudyVisit visit) {
        return AgsGrant.of(visit.session().launch());
    }

    /** The answers by question id; each is checked against its question when the attempt's deck is at hand. */
    private static Map<String, JsonValue> answers(JsonObject json) {
        var answers = new LinkedHashMap<String, JsonValue>();
        json.forEach((question, answer) -> {
            if (question.length() > 64) {
                throw ClientError.badRequest("answers", "There is no such question in this attempt.");
            }
            answers.put(question, answer);
        });
        return answers;
    }

    private static long attemptId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new QuizRefusal(QuizRefusal.Reason.NO_SUCH_ATTEMPT);
        }
    }
}
