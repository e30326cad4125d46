package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recall.lti.claims.LtiClaims;
import org.recall.lti.claims.ResourceLinkClaim;

/**
 * The deck editor's API (issue 14, items 3 and 4) against a running Recall: drafts saved by revision with
 * the deck errors by JSON path, published through the upload rules as versions that name who made them,
 * activities moved to a new version only by their teacher; a student and another platform's teacher get
 * 403 and 404 and change nothing; a retired deck takes no version from a draft.
 */
@ExtendWith(RecallServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeckEditorIT {

    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    static final String TEACHER_NAME = "Ana <b>López</b>";

    private RecallServer server;
    private LaunchFlow flow;
    private LaunchFlow otherFlow;

    @BeforeAll
    void setUp(RecallServer server) {
        this.server = server;
        this.flow = LaunchFlow.register(server);
        this.otherFlow = LaunchFlow.register(server);
    }

    @AfterAll
    void close() {
        flow.close();
        otherFlow.close();
    }

    private static String launch(LaunchFlow on, String subject, String link, String deck, String... roles) {
        return on.session(t -> {
            t.subject(subject).claim("name", TEACHER_NAME).claim(ResourceLinkClaim.CLAIM, Map.of("id", link, "title", "Deck link"));
            if (deck != null) {
                t.claim(LtiClaims.CUSTOM, Map.of("deck", deck, "modes", "review,quiz", "points", "none"));
            }
            return roles.length == 0 ? t : t.roles(roles);
        });
    }

    private HttpResponse<String> call(String method, String path, String token, String body) {
        var request = HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return flow.send(request.build());
    }

    private JsonObject ok(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static List<String> paths(JsonArray errors) {
        return errors.getValuesAs(JsonObject.class).stream().map(e -> e.getString("path")).toList();
    }

    /** A deck document as the editor sends it: no id, one card holding markup, one single-choice question. */
    static JsonObject document(String title, String question) {
        return Json.createObjectBuilder().add("title", title).add("estimatedMinutes", 4).add("language", "en")
                .add("cards", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", "c1")
                        .add("prompt", "<img src=x onerror=alert(1)>").add("answer", "Text, never markup.").add("level", "beginner")))
                .add("questions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", "q1").add("prompt", question)
                        .add("options", Json.createArrayBuilder().add(option("a", "Right")).add(option("b", "Wrong")))
                        .add("correctOptionId", "a").add("explanation", "Because.")))
                .add("explainPrompts", Json.createArrayBuilder()).build();
    }

    private static JsonObject option(String id, String text) {
        return Json.createObjectBuilder().add("id", id).add("text", text).build();
    }

    private static String save(int revision, JsonObject document) {
        return Json.createObjectBuilder().add("revision", revision).add("document", document).build().toString();
    }

    @Test
    void aTeacherWritesADeckFromScratchAndPublishesItWithTheirName() {
        String teacher = launch(flow, "ana", "editor-link-" + UUID.randomUUID(), null, INSTRUCTOR);
        JsonObject draft = ok(call("POST", "/api/instructor/drafts", teacher, "{\"start\":\"new\"}"), 201);
        String url = "/api/instructor/drafts/" + draft.getJsonNumber("id").longValue();
        assertEquals(List.of("$.title", "$"), paths(draft.getJsonArray("errors")), draft.toString());
        assertEquals(JsonValue.NULL, draft.get("deckId"));
        assertEquals(TEACHER_NAME, draft.getJsonObject("createdBy").getString("name"));

        JsonObject broken = Json.createObjectBuilder(document("Week 1", "   ")).build();
        JsonObject saved = ok(call("PUT", url, teacher, save(1, broken)), 200);
        assertEquals(2, saved.getInt("revision"));
        assertEquals(List.of("$.questions[0].prompt"), paths(saved.getJsonArray("errors")));
        assertEquals("must not be blank", saved.getJsonArray("errors").getJsonObject(0).getString("reason"));
        assertEquals(400, call("POST", url + "/publish", teacher, "{\"revision\":2}").statusCode(), "the errors are refused");

        var stale = call("PUT", url, teacher, save(1, document("Overwritten", "Stale?")));
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals(400, call("PUT", url, teacher, "[1]").statusCode());
        assertEquals(400, call("PUT", url, teacher, "{\"revision\":2,\"document\":\"text\"}").statusCode());
        assertEquals(413, call("PUT", url, teacher, save(2, Json.createObjectBuilder()
                .add("title", "x".repeat(1024 * 1024)).build())).statusCode());

        saved = ok(call("PUT", url, teacher, save(2, document("Week 1 <script>alert(1)</script>", "Which is right?"))), 200);
        assertEquals(List.of(), paths(saved.getJsonArray("errors")));
        assertEquals("Week 1 <script>alert(1)</script>", ok(call("GET", url, teacher, null), 200).getString("title"));
        JsonObject published = ok(call("POST", url + "/publish", teacher, "{\"revision\":3}"), 201);
        String deck = published.getString("deck");
        assertTrue(deck.startsWith("week-1-script-alert-1-script-"), deck);
        assertEquals(1, published.getInt("version"));
        assertEquals(TEACHER_NAME, published.getJsonObject("createdBy").getString("name"));
        assertEquals(404, call("GET", url, teacher, null).statusCode(), "a published draft is gone");

        // An instructor's deck is served to their own platform's sessions (issue 17, finding 4), to no one else.
        assertEquals(404, call("GET", "/api/decks/" + deck, null, null).statusCode());
        JsonObject served = ok(call("GET", "/api/decks/" + deck, teacher, null), 200);
        assertEquals("<img src=x onerror=alert(1)>", served.getJsonArray("cards").getJsonObject(0).getString("prompt"));
        assertFalse(served.toString().contains("correctOptionId"), "the answer key stays on the server");
        JsonObject admin = Json.createReader(new StringReader(flow.admin("GET", "/api/admin/decks", null).body())).readArray()
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("id").equals(deck)).findFirst().orElseThrow();
        assertEquals(TEACHER_NAME, admin.getJsonArray("versions").getJsonObject(0).getString("uploadedByName"));
    }

    @Test
    void activitiesKeepTheirVersionUntilTheTeacherChoosesTheLatest() {
        String link = "versions-link-" + UUID.randomUUID();
        String author = launch(flow, "ana", "author-" + UUID.randomUUID(), null, INSTRUCTOR);
        String deck = publishNew(author, "Versioned deck");

        String teacher = launch(flow, "ana", link, deck, INSTRUCTOR);
        String student = launch(flow, "student-1", link, deck);
        JsonObject attempt = ok(call("POST", "/api/study/quiz/attempts", student, "{}"), 200);
        JsonObject started = ok(call("POST", "/api/instructor/drafts", teacher,
                "{\"start\":\"edit\",\"deck\":\"" + deck + "\"}"), 201);
        String url = "/api/instructor/drafts/" + started.getJsonNumber("id").longValue();
        assertEquals(1, started.getInt("baseVersion"));
        assertFalse(started.getJsonObject("document").containsKey("id"));
        assertEquals("Versioned deck", started.getJsonObject("document").getString("title"));
        assertEquals(TEACHER_NAME, started.getJsonArray("versions").getJsonObject(0).getJsonObject("createdBy").getString("name"));
        ok(call("PUT", url, teacher, save(1, document("Versioned deck, second edition", "Which is right now?"))), 200);
        JsonObject again = ok(call("POST", "/api/instructor/drafts", teacher, "{\"start\":\"edit\",\"deck\":\"" + deck + "\"}"), 200);
        assertEquals(started.getJsonNumber("id").longValue(), again.getJsonNumber("id").longValue(), "one draft per deck");
        assertEquals(2, again.getInt("revision"));
        assertEquals(2, ok(call("POST", url + "/publish", teacher, "{\"revision\":2}"), 201).getInt("version"));

        JsonObject activity = ok(call("GET", "/api/instructor/activity", teacher, null), 200);
        assertEquals(1, activity.getInt("deckVersion"));
        assertEquals(2, activity.getInt("latestDeckVersion"));
        assertEquals(2, activity.getJsonArray("deckVersions").size());
        assertEquals(403, call("POST", "/api/instructor/activity/latest-deck-version", student, null).statusCode());
        JsonObject moved = ok(call("POST", "/api/instructor/activity/latest-deck-version", teacher, null), 200);
        assertEquals(2, moved.getInt("deckVersion"));
        JsonObject session = ok(call("GET", "/api/study/session", student, null), 200).getJsonObject("activity");
        assertEquals(2, session.getInt("deckVersion"));

        // The attempt started on version 1 is graded on version 1's question.
        long attemptId = attempt.getJsonNumber("attemptId").longValue();
        JsonObject result = ok(call("POST", "/api/study/quiz/attempts/" + attemptId + "/submit", student,
                "{\"answers\":{\"q1\":\"a\"}}"), 200);
        assertEquals(1, result.getJsonArray("questions").size(), result.toString());
        assertTrue(result.getJsonArray("questions").getJsonObject(0).getBoolean("correct"), result.toString());
    }

    @Test
    void aStudentAndAnotherPlatformsTeacherGetNothingAndChangeNothing() {
        String author = launch(flow, "ana", "owner-" + UUID.randomUUID(), null, INSTRUCTOR);
        String deck = publishNew(author, "Owned deck");
        JsonObject draft = ok(call("POST", "/api/instructor/drafts", author, "{\"start\":\"edit\",\"deck\":\"" + deck + "\"}"), 201);
        String url = "/api/instructor/drafts/" + draft.getJsonNumber("id").longValue();

        String student = launch(flow, "student-2", "owner-" + UUID.randomUUID(), deck);
        String stranger = launch(otherFlow, "bea", "other-" + UUID.randomUUID(), null, INSTRUCTOR);
        for (String[] request : new String[][] {
                {"GET", "/api/instructor/drafts", null}, {"POST", "/api/instructor/drafts", "{\"start\":\"new\"}"},
                {"GET", url, null}, {"PUT", url, save(1, document("Mine", "Mine?"))},
                {"POST", url + "/publish", "{\"revision\":1}"}, {"DELETE", url, null}}) {
            var answer = call(request[0], request[1], student, request[2]);
            assertEquals(403, answer.statusCode(), request[0] + " " + request[1] + ": " + answer.body());
        }
        for (String[] request : new String[][] {
                {"GET", url, null}, {"PUT", url, save(1, document("Mine", "Mine?"))},
                {"POST", url + "/publish", "{\"revision\":1}"}, {"DELETE", url, null}}) {
            var answer = call(request[0], request[1], stranger, request[2]);
            assertEquals(404, answer.statusCode(), request[0] + " " + request[1] + ": " + answer.body());
            assertFalse(answer.body().contains("Owned deck"), answer.body());
        }
        var edit = call("POST", "/api/instructor/drafts", stranger, "{\"start\":\"edit\",\"deck\":\"" + deck + "\"}");
        assertEquals(403, edit.statusCode(), edit.body());
        var builtIn = call("POST", "/api/instructor/drafts", author, "{\"start\":\"edit\",\"deck\":\"mlops-vs-devops\"}");
        assertEquals(403, builtIn.statusCode(), "built-in decks are only copied: " + builtIn.body());
        assertEquals(401, call("GET", url, "not-a-session", null).statusCode());
        JsonObject theirs = ok(call("GET", "/api/instructor/drafts", stranger, null), 200);
        assertEquals(0, theirs.getJsonArray("drafts").size());
        assertFalse(theirs.getJsonArray("editableDecks").toString().contains(deck));

        JsonObject unchanged = ok(call("GET", url, author, null), 200);
        assertEquals(1, unchanged.getInt("revision"));
        assertEquals("Owned deck", unchanged.getString("title"));
        assertTrue(ok(call("GET", "/api/instructor/drafts", author, null), 200).getJsonArray("editableDecks").toString().contains(deck));

        // A copy is theirs to publish as a new deck; the original keeps its single version.
        String copyRequest = "{\"start\":\"copy\",\"deck\":\"" + deck + "\",\"title\":\"Copy of Owned deck\",\"continue\":true}";
        JsonObject copy = ok(call("POST", "/api/instructor/drafts", stranger, copyRequest), 201);
        assertEquals(deck, copy.getString("copiedFrom"));
        assertEquals(copy.getJsonNumber("id"), ok(call("POST", "/api/instructor/drafts", stranger, copyRequest), 200).getJsonNumber("id"),
                "the copy left earlier is continued");
        JsonObject copied = ok(call("POST", "/api/instructor/drafts/" + copy.getJsonNumber("id").longValue() + "/publish",
                stranger, "{\"revision\":1}"), 201);
        assertNotEquals(deck, copied.getString("deck"));
        assertEquals(1, ok(call("GET", "/api/instructor/drafts/" + draft.getJsonNumber("id").longValue(), author, null), 200)
                .getJsonArray("versions").size());
    }

    @Test
    void aDeckTheAdministratorRetiredTakesNoNewVersionButTheDraftIsKept() {
        String teacher = launch(flow, "ana", "retire-" + UUID.randomUUID(), null, INSTRUCTOR);
        String deck = publishNew(teacher, "Soon retired");
        JsonObject draft = ok(call("POST", "/api/instructor/drafts", teacher, "{\"start\":\"edit\",\"deck\":\"" + deck + "\"}"), 201);
        String url = "/api/instructor/drafts/" + draft.getJsonNumber("id").longValue();
        assertEquals(200, flow.admin("POST", "/api/admin/decks/" + deck + "/retire", null).statusCode());

        assertTrue(ok(call("GET", url, teacher, null), 200).getBoolean("retired"));
        var refused = call("POST", url + "/publish", teacher, "{\"revision\":1}");
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("asNewDeck", ok(refused, 409).getString("field"));
        assertEquals(404, call("GET", "/api/decks/" + deck, null, null).statusCode(), "still retired");
        assertEquals(409, call("POST", "/api/instructor/drafts", teacher, "{\"start\":\"edit\",\"deck\":\"" + deck + "\"}").statusCode());

        JsonObject renewed = ok(call("POST", url + "/publish", teacher, "{\"revision\":1,\"asNewDeck\":true}"), 201);
        assertNotEquals(deck, renewed.getString("deck"));
        // An instructor's deck is listed for their own platform (issue 17, finding 4).
        assertEquals(200, call("GET", "/api/decks/" + renewed.getString("deck"), teacher, null).statusCode());
    }

    private String publishNew(String teacher, String title) {
        JsonObject draft = ok(call("POST", "/api/instructor/drafts", teacher, "{\"start\":\"new\"}"), 201);
        String url = "/api/instructor/drafts/" + draft.getJsonNumber("id").longValue();
        ok(call("PUT", url, teacher, save(1, document(title, "Which is right?"))), 200);
        return ok(call("POST", url + "/publish", teacher, "{\"revision\":2}"), 201).getString("deck");
    }
}
