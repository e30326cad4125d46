package org.recall.web.study;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.recall.activity.StudyMode;
import org.recall.deck.Deck;
import org.recall.deck.DeckId;
import org.recall.deck.Decks;
import org.recall.grade.GradeWorker;
import org.recall.json.Json;
import org.recall.quiz.AgsGrant;
import org.recall.quiz.PracticeTests;
import org.recall.quiz.QuizRefusal;
import org.recall.quiz.QuizResults;
import org.recall.quiz.TestAttempt;
import org.recall.quiz.TestPaper;
import org.recall.quiz.TestSubmission;
import org.recall.web.ClientError;
import org.recall.web.JsonBody;

/**
 * The Practice test under {@code /api/study/test} (docs/study-api.md): a test drawn from the deck's
 * questions of every type and its cards, of a chosen length and optional time limit, answered item by
 * item, graded on the server. It goes to the gradebook only when it is the activity's graded mode.
 */
@Path("api/study/test")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TestResource {

    @Inject
    StudyVisits visits;

    @Inject
    PracticeTests tests;

    @Inject
    TestSubmission submission;

    @Inject
    QuizResults results;

    @Inject
    GradeWorker gradeWorker;

    @Inject
    Decks decks;

    /** The deck an attempt was drawn from, at its version: a deck changed since does not change the test. */
    private Deck deckOf(TestAttempt attempt) {
        return decks.find(new DeckId(attempt.deckId()), attempt.deckVersion())
                .orElseThrow(() -> new IllegalStateException("deck " + attempt.deckId() + " of test " + attempt.id()));
    }

    /** The student's submitted tests, the open one, the lengths a test may have, where the score stands. */
    @GET
    public String overview(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        StudyVisit visit = visits.open(authorization, StudyMode.TEST);
        var attempts = Json.createArrayBuilder();
        tests.submitted(visit.learner()).forEach(a -> attempts.add(TestJson.summary(a)));
        int max = TestPaper.maxLength(visit.deck());
        return Json.createObjectBuilder()
                .add("attempts", attempts)
                .add("openAttemptId", tests.open(visit.learner()).<JsonValue>map(a -> Json.createValue(a.id()))
                        .orElse(JsonValue.NULL))
                .add("graded", visit.activity().isGraded())
                .add("attemptsAllowed", QuizJson.number(visit.activity().attemptsAllowed()))
                .add("maxLength", max)
                .add("defaultLength", Math.min(10, max))
                .add("maxMinutes", PracticeTests.MAX_MINUTES)
                .add("gradebook", QuizJson.gradebook(results.gradebook(visit.activity(), visit.learner(), grant(visit))))
                .build().toString();
    }

    /** {@code {length, minutes (null: no limit)}}: starts a test, or answers the open one. */
    @POST
    @Path("attempts")
    public String start(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) {
        StudyVisit visit = visits.open(authorization, StudyMode.TEST);
        JsonObject json = JsonBody.read(body);
        int max = TestPaper.maxLength(visit.deck());
        if (max == 0) {
            throw ClientError.badRequest("length", "This deck has no questions or cards to make a test from.");
        }
        int length = JsonBody.integer(json, "length", 1, max).orElse(Math.min(10, max));
        Integer minutes = JsonBody.integer(json, "minutes", 1, PracticeTests.MAX_MINUTES).orElse(null);
        TestAttempt attempt = tests.start(visit.activity(), visit.learner(), visit.deck(), length, minutes);
        return openView(visit, attempt);
    }

    @GET
    @Path("attempts/{id}")
    public String attempt(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        StudyVisit visit = visits.open(authorization, StudyMode.TEST);
        TestAttempt attempt = tests.require(attemptId(id), visit.learner());
        return attempt.isOpen() ? openView(visit, attempt) : resultView(visit, attempt);
    }

    /** {@code {answer}}: saves one item's answer (JSON null clears it); 409 once the time is up. */
    @PUT
    @Path("attempts/{id}/answers/{itemId}")
    public String answer(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
            @PathParam("itemId") String itemId, InputStream body) {
        StudyVisit visit = visits.open(authorization, StudyMode.TEST);
        TestAttempt attempt = tests.require(attemptId(id), visit.learner());
        if (!attempt.isOpen()) {
            throw new QuizRefusal(QuizRefusal.Reason.TEST_CLOSED);
        }
        JsonObject json = JsonBody.read(body);
        if (!json.containsKey("answer")) {
            throw ClientError.badRequest("answer", "Field 'answer' is required (null clears the answer).");
        }
        JsonValue answer = json.get("answer") == JsonValue.NULL ? JsonValue.NULL
                : PracticeTests.check(deckOf(attempt), attempt, itemId, json.get("answer"), "answer");
        tests.saveAnswer(attempt, itemId, answer);
        return Json.createObjectBuilder().add("itemId", itemId).add("saved", true).build().toString();
    }

    /** {@code {answers:{itemId: answer}}}: grades, stores and, for the graded mode, sends the score. */
    @POST
    @Path("attempts/{id}/submit")
    public String submit(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
            InputStream body) {
        StudyVisit visit = visits.open(authorization, StudyMode.TEST);
        TestAttempt attempt = tests.require(attemptId(id), visit.learner());
        if (!attempt.isOpen()) {
            throw new QuizRefusal(QuizRefusal.Reason.TEST_SUBMITTED);
        }
        JsonObject sent = JsonBody.requiredObject(JsonBody.read(body), "answers");
        Map<String, JsonValue> answers = new LinkedHashMap<>();
        Deck deck = deckOf(attempt);
        sent.forEach((item, answer) -> answers.put(item, answer == JsonValue.NULL ? JsonValue.NULL
                : PracticeTests.check(deck, attempt, item, answer, "answers." + item)));
        var result = submission.submit(visit.activity(), attempt, deck, answers, grant(visit));
        gradeWorker.wakeUp();
        return TestJson.result(result, submitted(visit), visit.activity().attemptsAllowed(),
                results.gradebook(visit.activity(), visit.learner(), grant(visit))).build().toString();
    }

    private String openView(StudyVisit visit, TestAttempt attempt) {
        return TestJson.open(attempt, deckOf(attempt), submitted(visit), visit.activity().attemptsAllowed(), Instant.now())
                .build().toString();
    }

    private String resultView(StudyVisit visit, TestAttempt attempt) {
        int used = submitted(visit);
        Deck deck = deckOf(attempt);
        return TestJson.result(submission.result(visit.activity(), attempt, deck, used), used,
                visit.activity().attemptsAllowed(), results.gradebook(visit.activity(), visit.learner(), grant(visit)))
                .build().toString();
    }

    private int submitted(StudyVisit visit) {
        return tests.submittedCount(visit.learner());
    }

    private static Optional<AgsGrant> grant(StudyVisit visit) {
        return AgsGrant.of(visit.session().launch());
    }

    private static long attemptId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new QuizRefusal(QuizRefusal.Reason.NO_SUCH_TEST);
        }
    }
}
