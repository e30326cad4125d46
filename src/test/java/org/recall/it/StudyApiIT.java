package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recall.lti.claims.LtiClaims;
import org.recall.lti.claims.ResourceLinkClaim;

/**
 * The study API of docs/study-api.md over HTTP, after real launches of the seed deck with every mode,
 * 10 points and 2 attempts: review, FSRS spaced review across launches, explain, Match, Write, True or false, the quiz with a known mix of
 * right and wrong answers, and what an attacker tries. Each test uses its own students.
 */
@ExtendWith(RecallServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudyApiIT {

    private static final Map<String, String> ALL_MODES = Map.of("deck", "mlops-vs-devops",
            "modes", "review,quiz,explain,spaced,sheet,match,write,truefalse,test", "points", "10", "attempts", "2");

    private RecallServer server;
    private LaunchFlow flow;

    @BeforeAll
    void register(RecallServer server) {
        this.server = server;
        this.flow = LaunchFlow.register(server);
    }

    @AfterAll
    void close() {
        flow.close();
    }

    private String student(String subject) {
        return flow.session(t -> t.subject(subject).claim(LtiClaims.CUSTOM, ALL_MODES));
    }

    @Test
    void sessionDescribesTheQuizAndTheDeckHasNoAnswerKey() {
        String token = student("s-session");
        JsonObject activity = ok(call("GET", "/api/study/session", token, null)).getJsonObject("activity");
        assertEquals(10, activity.getInt("points"));
        assertEquals(2, activity.getInt("attemptsAllowed"));
        assertEquals(0, activity.getInt("attemptsUsed"));
        assertEquals("after_each_attempt", activity.getString("showAnswers"));
        assertEquals(List.of("review", "quiz", "explain", "spaced", "sheet", "match", "write", "truefalse", "test"),
                activity.getJsonArray("modes").getValuesAs(jakarta.json.JsonString::getString));

        var deck = call("GET", "/api/study/deck", token, null);
        assertEquals(200, deck.statusCode(), deck.body());
        assertNoAnswerKey(deck.body());
        assertEquals(5, json(deck).getJsonArray("cards").size());
    }

    @Test
    void reviewRatingsAreStoredAndBadBodiesNameTheField() {
        String token = student("s-review");
        rate(token, "c1", "not_yet");
        rate(token, "c1", "known");
        JsonObject state = rate(token, "c2", "not_yet");
        assertEquals(List.of("c1"), strings(state, "known"));
        assertEquals(List.of("c2"), strings(state, "notYet"));
        assertEquals(2, state.getJsonObject("ratings").getInt("c1"));
        assertEquals(state, ok(call("GET", "/api/study/review", token, null)));

        assertError(call("POST", "/api/study/review/ratings", token, "{\"cardId\":\"c9\",\"rating\":\"known\"}"), 400, "cardId");
        assertError(call("POST", "/api/study/review/ratings", token, "{\"cardId\":\"c1\",\"rating\":\"maybe\"}"), 400, "rating");
        assertError(call("POST", "/api/study/review/ratings", token, "{\"cardId\":\"c1\"}"), 400, "rating");
        assertError(call("POST", "/api/study/review/ratings", token, "{\"cardId\": "), 400, null);
        assertError(call("POST", "/api/study/review/ratings", token, "[1,2]"), 400, null);
        assertEquals(413, call("POST", "/api/study/review/ratings", token,
                "{\"cardId\":\"c1\",\"rating\":\"known\",\"pad\":\"" + "x".repeat(70_000) + "\"}").statusCode());
    }

    @Test
    void fsrsMemoryIsKeptAcrossLaunchesAndFedByReviewAndWrite() {
        String first = student("s-fsrs");
        JsonObject fresh = ok(call("GET", "/api/study/spaced", first, null));
        assertEquals(List.of("c1", "c2", "c3", "c4", "c5"), strings(fresh, "due"));
        JsonObject waits = fresh.getJsonObject("next").getJsonObject("waits");
        assertEquals(List.of(60, 330, 600), List.of(waits.getInt("again"), waits.getInt("hard"), waits.getInt("good")),
                "1 and 10 minute steps");
        int easyDays = waits.getInt("easy") / 86_400;
        assertTrue(easyDays >= 6 && easyDays <= 10, "Easy graduates to about 8 days (8.3, fuzzed): " + easyDays);
        JsonObject easy = ok(call("POST", "/api/study/spaced/ratings", first, "{\"cardId\":\"c1\",\"rating\":\"easy\"}"));
        assertEquals("review", easy.getJsonObject("cards").getJsonObject("c1").getString("phase"));
        assertEquals(8.3, easy.getJsonObject("cards").getJsonObject("c1").getJsonNumber("stability").doubleValue(), 0.01);
        assertFalse(strings(easy, "due").contains("c1"));

        String second = student("s-fsrs");
        rate(second, "c2", "known");
        ok(call("POST", "/api/study/write/ratings", second, "{\"cardId\":\"c3\",\"result\":\"wrong\"}"));
        JsonObject cards = ok(call("GET", "/api/study/spaced", second, null)).getJsonObject("cards");
        assertEquals("known", cards.getJsonObject("c1").getString("mastery"));
        assertEquals("known", cards.getJsonObject("c2").getString("mastery"), "Recall & Review's 'knew it' is a Good");
        assertEquals("learning", cards.getJsonObject("c2").getString("phase"));
        assertEquals("not_yet", cards.getJsonObject("c3").getString("mastery"), "a wrong Write answer is an Again");
        assertEquals("new", cards.getJsonObject("c4").getString("mastery"));
        // A time zone where it is noon now, so that "today" holds the 10-minute step whenever the test runs.
        int noonOffset = java.time.LocalTime.now(java.time.ZoneOffset.UTC).toSecondOfDay() / 60 - 12 * 60;
        JsonObject summary = ok(call("GET", "/api/study/summary?offset=" + noonOffset, second, null));
        assertEquals(2, summary.getInt("known"));
        assertEquals(5, summary.getInt("total"));
        assertEquals(4, summary.getInt("dueToday"), "c2, c3 (minutes), c4 and c5 (new); c1 in 8 days");

        assertError(call("POST", "/api/study/spaced/ratings", second, "{\"cardId\":\"c1\",\"known\":true}"), 400, "rating");
        assertError(call("POST", "/api/study/spaced/ratings", second, "{\"cardId\":\"c1\",\"rating\":\"perfect\"}"), 400, "rating");
        assertError(call("POST", "/api/study/write/ratings", second, "{\"cardId\":\"c1\",\"result\":\"easy\"}"), 400, "result");
        assertError(call("GET", "/api/study/summary?offset=9999", second, null), 400, "offset");
    }

    @Test
    void matchTimesStudyTimeAndTrueOrFalse() {
        String token = student("s-modes");
        assertEquals(0, ok(call("GET", "/api/study/match", token, null)).getInt("games"));
        assertTrue(ok(call("POST", "/api/study/match/games", token, "{\"millis\":30000}")).getBoolean("newBest"));
        JsonObject second = ok(call("POST", "/api/study/match/games", token, "{\"millis\":23400}"));
        assertEquals(23_400, second.getInt("bestMillis"));
        assertFalse(ok(call("POST", "/api/study/match/games", token, "{\"millis\":40000}")).getBoolean("newBest"));
        assertError(call("POST", "/api/study/match/games", token, "{\"millis\":5}"), 400, "millis");
        assertEquals(23.4, ok(call("GET", "/api/study/summary", token, null)).getJsonNumber("bestMatchSeconds").doubleValue());

        ok(call("POST", "/api/study/time", token, "{\"mode\":\"match\",\"seconds\":42,\"offset\":0}"));
        assertEquals(1, ok(call("GET", "/api/study/summary", token, null)).getInt("streakDays"));
        assertError(call("POST", "/api/study/time", token, "{\"mode\":\"match\",\"seconds\":100000}"), 400, "seconds");
        assertError(call("POST", "/api/study/time", token, "{\"mode\":\"chess\",\"seconds\":5}"), 400, "mode");

        JsonObject own = ok(call("POST", "/api/study/truefalse/answers", token, "{\"statement\":\"c:c1:c1\",\"answer\":true}"));
        assertTrue(own.getBoolean("truth") && own.getBoolean("correct"));
        JsonObject other = ok(call("POST", "/api/study/truefalse/answers", token, "{\"statement\":\"c:c1:c2\",\"answer\":true}"));
        assertFalse(other.getBoolean("truth") || other.getBoolean("correct"));
        assertError(call("POST", "/api/study/truefalse/answers", token, "{\"statement\":\"c:c1:c9\",\"answer\":true}"), 400, "statement");
        assertError(call("POST", "/api/study/truefalse/answers", token, "{\"statement\":\"x\",\"answer\":true}"), 400, "statement");
        // Graded quiz, no attempt yet: a question's statements would give its answer away.
        JsonObject round = ok(call("GET", "/api/study/truefalse?count=12", token, null));
        assertFalse(round.getBoolean("questions"));
        assertEquals(12, strings(round, "statements").size());
        assertTrue(strings(round, "statements").stream().allMatch(id -> id.startsWith("c:")), round.toString());
        assertError(call("GET", "/api/study/truefalse?count=51", token, null), 400, "count");
        assertError(call("POST", "/api/study/truefalse/answers", token, "{\"statement\":\"q:q2:c\",\"answer\":true}"), 403, null);
        String attempt = ok(call("POST", "/api/study/quiz/attempts", token, "{}")).getJsonNumber("attemptId").toString();
        ok(call("POST", "/api/study/quiz/attempts/" + attempt + "/submit", token, "{\"answers\":{}}"));
        JsonObject afterQuiz = ok(call("GET", "/api/study/truefalse?count=30", token, null));
        assertTrue(afterQuiz.getBoolean("questions"));
        assertTrue(strings(afterQuiz, "statements").stream().anyMatch(id -> id.startsWith("q:")), afterQuiz.toString());
        JsonObject question = ok(call("POST", "/api/study/truefalse/answers", token, "{\"statement\":\"q:q2:c\",\"answer\":false}"));
        assertTrue(question.getBoolean("truth"));
        assertFalse(question.getBoolean("correct"));
    }

    @Test
    void aPracticeTestIsDrawnSavedGradedOnTheServerAndStaysPracticeWhileTheQuizIsGraded() {
        String token = student("s-test");
        JsonObject overview = ok(call("GET", "/api/study/test", token, null));
        assertFalse(overview.getBoolean("graded"), "the quiz is the graded mode: the test is practice");
        assertEquals(10, overview.getInt("maxLength"));
        assertTrue(overview.isNull("attemptsAllowed"));
        JsonObject open = ok(call("POST", "/api/study/test/attempts", token, "{\"length\":6,\"minutes\":20}"));
        var items = open.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(6, items.size());
        assertTrue(items.stream().anyMatch(i -> i.getString("kind").equals("card")), "a card among the first items");
        assertNoAnswerKey(open.toString());
        assertFalse(open.isNull("deadline"));
        long id = open.getJsonNumber("attemptId").longValue();
        assertEquals(id, ok(call("POST", "/api/study/test/attempts", token, "{}")).getJsonNumber("attemptId").longValue(),
                "the open test comes back");
        String card = items.stream().filter(i -> i.getString("kind").equals("card")).findFirst().orElseThrow().getString("id");
        ok(call("PUT", "/api/study/test/attempts/" + id + "/answers/" + card, token, "{\"answer\":\"no idea\"}"));
        assertError(call("PUT", "/api/study/test/attempts/" + id + "/answers/" + card, token, "{\"answer\":7}"), 400, "answer");
        assertError(call("PUT", "/api/study/test/attempts/" + id + "/answers/q:q99", token, "{\"answer\":\"a\"}"), 400, "answer");
        assertError(call("POST", "/api/study/test/attempts", student("s-test-2"), "{\"length\":11}"), 400, "length");
        JsonObject result = ok(call("POST", "/api/study/test/attempts/" + id + "/submit", token, "{\"answers\":{}}"));
        assertEquals(6.0, result.getJsonNumber("maxScore").doubleValue(), "practice: one point per item");
        JsonObject cardResult = result.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("id").equals(card)).findFirst().orElseThrow();
        assertFalse(cardResult.getBoolean("correct"));
        assertTrue(cardResult.containsKey("correctAnswer"), "practice shows the key");
        assertEquals("none", result.getJsonObject("gradebook").getString("status"));
        assertEquals(409, call("POST", "/api/study/test/attempts/" + id + "/submit", token, "{\"answers\":{}}").statusCode());
        assertEquals(403, call("GET", "/api/study/test/attempts/" + id, student("s-test-2"), null).statusCode());
    }

    @Test
    void explainAnswersAndResumeStatesAreKept() {
        String token = student("s-explain");
        JsonObject saved = ok(call("PUT", "/api/study/explain/e1", token, "{\"text\":\"<script>x</script>\",\"concepts\":[0,2]}"));
        JsonObject e1 = saved.getJsonObject("answers").getJsonObject("e1");
        assertEquals("<script>x</script>", e1.getString("text"));
        assertEquals(2, e1.getJsonArray("concepts").size());
        assertError(call("PUT", "/api/study/explain/e1", token, "{\"text\":\"t\",\"concepts\":[4]}"), 400, "concepts");
        assertError(call("PUT", "/api/study/explain/e9", token, "{\"text\":\"t\",\"concepts\":[]}"), 400, "promptId");
        assertError(call("PUT", "/api/study/explain/e1", token, "{\"text\":\"" + "x".repeat(10_001) + "\",\"concepts\":[]}"), 400, "text");

        assertEquals("{}", call("GET", "/api/study/progress/review", token, null).body());
        ok(call("PUT", "/api/study/progress/review", token, "{\"card\":3}"));
        assertEquals(3, ok(call("GET", "/api/study/progress/review", student("s-explain"), null)).getInt("card"));
        assertEquals(413, call("PUT", "/api/study/progress/review", token, "{\"s\":\"" + "x".repeat(9000) + "\"}").statusCode());
        assertError(call("GET", "/api/study/progress/juggling", token, null), 400, "mode");
    }

    @Test
    void aQuizIsGradedOnTheServerAndItsScoreQueuedForTheGradebook() {
        String token = student("s1");
        var start = call("POST", "/api/study/quiz/attempts", token, null);
        assertEquals(200, start.statusCode(), start.body());
        assertNoAnswerKey(start.body());
        JsonObject attempt = json(start);
        long id = attempt.getJsonNumber("attemptId").longValue();
        assertEquals(1, attempt.getInt("number"));
        assertEquals(5, attempt.getJsonArray("questions").size());

        var answered = call("PUT", "/api/study/quiz/attempts/" + id + "/answers/q1", token, "{\"optionId\":\"a\"}");
        assertNoAnswerKey(answered.body());
        assertEquals("a", ok(answered).getJsonObject("answers").getString("q1"));
        assertError(call("PUT", "/api/study/quiz/attempts/" + id + "/answers/q1", token, "{\"optionId\":\"z\"}"), 400, "optionId");
        assertError(call("PUT", "/api/study/quiz/attempts/" + id + "/answers/q9", token, "{\"optionId\":\"a\"}"), 400, "questionId");
        // Starting again resumes the open attempt with its saved answer.
        JsonObject resumed = ok(call("POST", "/api/study/quiz/attempts", token, null));
        assertEquals(id, resumed.getJsonNumber("attemptId").longValue());
        assertEquals("a", resumed.getJsonObject("answers").getString("q1"));
        assertNoAnswerKey(call("GET", "/api/study/quiz/attempts/" + id, token, null).body());

        // q1 a (saved), q2 c, q3 b right; q4 b, q5 a wrong: 3 of 5 of 10 points.
        var submitted = call("POST", "/api/study/quiz/attempts/" + id + "/submit", token,
                "{\"answers\":{\"q2\":\"c\",\"q3\":\"b\",\"q4\":\"b\",\"q5\":\"a\"}}");
        JsonObject result = ok(submitted);
        assertEquals(6.0, result.getJsonNumber("score").doubleValue());
        assertEquals(10.0, result.getJsonNumber("maxScore").doubleValue());
        assertEquals(60, result.getInt("percent"));
        assertTrue(result.getBoolean("passed"));
        assertTrue(result.getBoolean("showAnswers"));
        JsonObject q4 = result.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getString("id").equals("q4")).findFirst().orElseThrow();
        assertFalse(q4.getBoolean("correct"));
        assertEquals("b", q4.getString("chosenOptionId"));
        assertEquals("a", q4.getString("correctOptionId"));
        assertFalse(q4.getString("explanation").isBlank());
        assertEquals("pending", result.getJsonObject("gradebook").getString("status"));

        // A second submit, or a late answer, changes nothing.
        assertError(call("POST", "/api/study/quiz/attempts/" + id + "/submit", token,
                "{\"answers\":{\"q4\":\"a\",\"q5\":\"d\"}}"), 409, null);
        assertError(call("PUT", "/api/study/quiz/attempts/" + id + "/answers/q4", token, "{\"optionId\":\"a\"}"), 409, null);
        assertEquals(6.0, ok(call("GET", "/api/study/quiz/attempts/" + id, token, null)).getJsonNumber("score").doubleValue());

        JsonObject list = ok(call("GET", "/api/study/quiz", token, null));
        assertEquals(1, list.getJsonArray("attempts").size());
        // The score is queued; this test platform has no AGS token endpoint, so once the worker tried it
        // the platform's refusal shows (delivery itself is GradeDeliveryIT's subject).
        assertTrue(Set.of("pending", "failed").contains(list.getJsonObject("gradebook").getString("status")),
                list.toString());

        // The second and last attempt, all wrong; then no attempt is left.
        long second = ok(call("POST", "/api/study/quiz/attempts", token, null)).getJsonNumber("attemptId").longValue();
        JsonObject last = ok(call("POST", "/api/study/quiz/attempts/" + second + "/submit", token, "{\"answers\":{\"q1\":\"b\"}}"));
        assertEquals(0.0, last.getJsonNumber("score").doubleValue());
        assertEquals(2, last.getInt("attemptsUsed"));
        assertError(call("POST", "/api/study/quiz/attempts", token, null), 409, null);
        assertEquals(2, ok(call("GET", "/api/study/session", token, null)).getJsonObject("activity").getInt("attemptsUsed"));
    }

    @Test
    void whatAnAttackerTriesIsRefusedAndChangesNothing() {
        String victim = student("s-victim");
        long id = ok(call("POST", "/api/study/quiz/attempts", victim, null)).getJsonNumber("attemptId").longValue();
        ok(call("PUT", "/api/study/quiz/attempts/" + id + "/answers/q1", victim, "{\"optionId\":\"b\"}"));

        String attacker = student("s-attacker");
        assertError(call("GET", "/api/study/quiz/attempts/" + id, attacker, null), 403, null);
        assertError(call("PUT", "/api/study/quiz/attempts/" + id + "/answers/q1", attacker, "{\"optionId\":\"a\"}"), 403, null);
        assertError(call("POST", "/api/study/quiz/attempts/" + id + "/submit", attacker, "{\"answers\":{}}"), 403, null);
        assertError(call("GET", "/api/study/quiz/attempts/999999", attacker, null), 404, null);
        assertError(call("POST", "/api/study/quiz/attempts/" + id + "/submit", victim, "{\"answers\":{\"q2\":\"x\"}}"), 400, "answers.q2");
        assertError(call("POST", "/api/study/quiz/attempts/" + id + "/submit", victim, "{}"), 400, "answers");
        JsonObject untouched = ok(call("GET", "/api/study/quiz/attempts/" + id, victim, null));
        assertEquals("open", untouched.getString("status"));
        assertEquals(Map.of("q1", "b"), Map.of("q1", untouched.getJsonObject("answers").getString("q1")));
        assertEquals(1, untouched.getJsonObject("answers").size());

        for (String bad : new String[] {null, "Bearer ", "Bearer forged-" + "x".repeat(40), "Basic abc"}) {
            var request = HttpRequest.newBuilder(server.uri("/api/study/quiz/attempts")).POST(HttpRequest.BodyPublishers.noBody());
            if (bad != null) {
                request.header("Authorization", bad);
            }
            var refused = flow.send(request.build());
            assertEquals(401, refused.statusCode(), refused.body());
            assertTrue(json(refused).getString("error").contains("expired"), refused.body());
        }

        String reviewOnly = flow.session(t -> t.subject("s-limited")
                .claim(ResourceLinkClaim.CLAIM, Map.of("id", "review-only-link", "title", "Review only"))
                .claim(LtiClaims.CUSTOM, Map.of("deck", "mlops-vs-devops", "modes", "review")));
        assertError(call("POST", "/api/study/quiz/attempts", reviewOnly, null), 403, null);
        assertError(call("GET", "/api/study/spaced", reviewOnly, null), 403, null);
        assertError(call("GET", "/api/study/quiz/attempts/" + id, reviewOnly, null), 403, null);
        assertEquals(200, call("GET", "/api/study/review", reviewOnly, null).statusCode());
    }

    private JsonObject rate(String token, String card, String rating) {
        return ok(call("POST", "/api/study/review/ratings", token,
                "{\"cardId\":\"" + card + "\",\"rating\":\"" + rating + "\"}"));
    }

    private HttpResponse<String> call(String method, String path, String token, String body) {
        var request = HttpRequest.newBuilder(server.uri(path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return flow.send(request.build());
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static void assertError(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject error = json(response);
        assertFalse(error.getString("error").isBlank());
        assertFalse(response.body().contains("Exception"), "no stack trace: " + response.body());
        if (field != null) {
            assertEquals(field, error.getString("field"), response.body());
        }
    }

    private static void assertNoAnswerKey(String body) {
        assertFalse(body.contains("correctOptionId"), body);
        assertFalse(body.contains("explanation"), body);
        assertFalse(body.contains("correct\""), body);
        // The seed deck's explanations, e.g. q1's, never appear before submission.
        assertFalse(body.contains("applies DevOps practices to machine learning"), body);
    }

    private static List<String> strings(JsonObject json, String name) {
        return json.getJsonArray(name).getValuesAs(jakarta.json.JsonString::getString);
    }
}
