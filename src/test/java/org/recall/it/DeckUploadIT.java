package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * Deck uploads end to end: refused with every error and nothing stored, stored as JSON or CSV, listed,
 * launched, retired while the activity created with it keeps its version; admin token and instructor
 * role checked on the server.
 */
@ExtendWith(RecallServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeckUploadIT {

    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    private RecallServer server;
    private LaunchFlow flow;

    @BeforeAll
    void setUp(RecallServer server) {
        this.server = server;
        this.flow = LaunchFlow.register(server);
    }

    @AfterAll
    void close() {
        flow.close();
    }

    private static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String jsonDeck(String id, String title) {
        return """
                {"id": "%s", "title": "%s", "estimatedMinutes": 3,
                 "cards": [{"id": "c1", "prompt": "What is a deck?", "answer": "Cards and questions.", "level": "beginner"}],
                 "questions": [{"id": "q1", "prompt": "Pick a", "options": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}],
                   "correctOptionId": "a", "explanation": "A is right."}]}""".formatted(id, title);
    }

    private HttpResponse<String> upload(String path, String bearer, String contentType, String body) {
        var request = HttpRequest.newBuilder(server.uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return flow.send(request.build());
    }

    private HttpResponse<String> get(String path, String bearer) {
        var request = HttpRequest.newBuilder(server.uri(path));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return flow.send(request.build());
    }

    private static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static JsonArray array(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }

    private boolean listed(String deckId) {
        return listed(deckId, null);
    }

    /** Listed for the holder of {@code token} (an instructor's deck is listed for its own platform only). */
    private boolean listed(String deckId, String token) {
        return array(get("/api/decks", token).body()).stream().anyMatch(d -> d.asJsonObject().getString("id").equals(deckId));
    }

    private String launch(String deckId, String... roles) {
        return flow.session(t -> {
            t.claim(LtiClaims.CUSTOM, Map.of("deck", deckId))
                    .claim(ResourceLinkClaim.CLAIM, Map.of("id", UUID.randomUUID().toString(), "title", "Deck " + deckId));
            return roles.length == 0 ? t : t.roles(roles);
        });
    }

    @Test
    void aDeckWithErrorsIsRefusedWithEveryErrorAndNothingStored() {
        String id = uniqueId("broken");
        String broken = jsonDeck(id, "  ").replace("\"beginner\"", "\"expert\"").replace("\"correctOptionId\": \"a\"",
                "\"correctOptionId\": \"z\"");
        var refused = flow.admin("POST", "/api/admin/decks", broken);
        assertEquals(400, refused.statusCode(), refused.body());
        JsonArray errors = object(refused.body()).getJsonArray("errors");
        assertEquals(3, errors.size(), refused.body());
        assertTrue(refused.body().contains("\"path\":\"$.title\""), refused.body());
        assertTrue(refused.body().contains("\"path\":\"$.cards[0].level\""), refused.body());
        assertTrue(refused.body().contains("\"path\":\"$.questions[0].correctOptionId\""), refused.body());

        var csv = upload("/api/admin/decks?id=" + id + "&title=Broken", RecallServer.ADMIN_TOKEN, "text/csv",
                "type,prompt,answer,level\ncard,p,a,beginner\ncard,,a,expert\nquiz,p,a,beginner\n");
        assertEquals(400, csv.statusCode(), csv.body());
        assertTrue(csv.body().contains("\"path\":\"row 3, prompt\""), csv.body());
        assertTrue(csv.body().contains("\"path\":\"row 3, level\""), csv.body());
        assertTrue(csv.body().contains("\"path\":\"row 4, type\""), csv.body());

        assertFalse(flow.admin("GET", "/api/admin/decks", null).body().contains(id));
        assertFalse(listed(id));
        assertFalse(refused.body().contains("Exception"), refused.body());
    }

    @Test
    void tooLargeWrongTypeBuiltInIdsAndMissingTokensAreRefused() throws Exception {
        String huge = "{\"id\": \"" + "x".repeat(1024 * 1024) + "\"}";
        // Expect: 100-continue lets the server refuse on Content-Length before the body is sent (RFC 9110 §10.1.1).
        // Its own HTTP/1.1 client: an h2c connection shared with the other requests would be reset.
        var tooLarge = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(server.uri("/api/admin/decks")).expectContinue(true)
                .header("Authorization", "Bearer " + RecallServer.ADMIN_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(huge)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertEquals(415, upload("/api/admin/decks", RecallServer.ADMIN_TOKEN, "text/plain", "x").statusCode());
        var builtIn = flow.admin("POST", "/api/admin/decks", jsonDeck("mlops-vs-devops", "Overwritten"));
        assertEquals(409, builtIn.statusCode(), builtIn.body());
        assertEquals(409, flow.admin("POST", "/api/admin/decks/mlops-vs-devops/retire", null).statusCode());
        assertEquals(404, flow.admin("POST", "/api/admin/decks/no-such-deck/retire", null).statusCode());

        String id = uniqueId("no-token");
        assertEquals(401, upload("/api/admin/decks", null, "application/json", jsonDeck(id, "T")).statusCode());
        assertEquals(401, upload("/api/admin/decks", "wrong", "application/json", jsonDeck(id, "T")).statusCode());
        assertEquals(401, get("/api/admin/decks", null).statusCode());
        assertEquals(401, upload("/api/instructor/decks", null, "application/json", jsonDeck(id, "T")).statusCode());
        assertFalse(listed(id));
    }

    @Test
    void aStudentCannotUploadAnInstructorCan() {
        String id = uniqueId("course");
        String student = launch("mlops-vs-devops");
        var refused = upload("/api/instructor/decks", student, "application/json", jsonDeck(id, "By a student"));
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals(401, get("/api/admin/decks", student).statusCode(), "a session token is no admin token");
        assertFalse(listed(id));

        String instructor = launch("mlops-vs-devops", INSTRUCTOR);
        var stored = upload("/api/instructor/decks", instructor, "application/json", jsonDeck(id, "By an instructor"));
        assertEquals(201, stored.statusCode(), stored.body());
        assertEquals(1, object(stored.body()).getInt("version"));
        assertTrue(listed(id, instructor));
        assertFalse(listed(id), "an instructor's deck is not in the public catalog");
    }

    @Test
    void aCsvDeckIsStoredListedAndLaunched() {
        String id = uniqueId("csv");
        var stored = upload("/api/admin/decks?id=" + id + "&title=From%20a%20spreadsheet&minutes=4",
                RecallServer.ADMIN_TOKEN, "text/csv; charset=utf-8", """
                type,id,prompt,answer,level,correct,explanation,a,b
                card,c1,"What is CI, briefly?","Merging and testing often",beginner,,,,
                question,q1,Which runs tests on every push?,,,a,CI does,CI,FTP
                """);
        assertEquals(201, stored.statusCode(), stored.body());
        assertTrue(listed(id));
        var deck = object(get("/api/decks/" + id, null).body());
        assertEquals("What is CI, briefly?", deck.getJsonArray("cards").getJsonObject(0).getString("prompt"));
        assertFalse(deck.toString().contains("correctOptionId"), "the answer key stays on the server");

        var session = object(get("/api/study/session", launch(id)).body()).getJsonObject("activity");
        assertEquals(id, session.getString("deck"));
        assertEquals(1, session.getInt("deckVersion"));
    }

    @Test
    void newVersionsAndRetirementLeaveExistingActivitiesOnTheirVersion() {
        String id = uniqueId("versioned");
        assertEquals(201, flow.admin("POST", "/api/admin/decks", jsonDeck(id, "First edition")).statusCode());
        assertTrue(listed(id));
        String firstActivity = launch(id);
        assertEquals(1, object(get("/api/study/session", firstActivity).body()).getJsonObject("activity").getInt("deckVersion"));

        var second = flow.admin("POST", "/api/admin/decks", jsonDeck(id, "Second edition"));
        assertEquals(2, object(second.body()).getInt("version"), second.body());
        assertEquals("Second edition", object(get("/api/decks/" + id, null).body()).getString("title"));
        String secondActivity = launch(id);
        assertEquals(2, object(get("/api/study/session", secondActivity).body()).getJsonObject("activity").getInt("deckVersion"));

        var retired = flow.admin("POST", "/api/admin/decks/" + id + "/retire", null);
        assertEquals(200, retired.statusCode(), retired.body());
        assertFalse(listed(id), "a retired deck is no longer offered");
        assertEquals(404, get("/api/decks/" + id, null).statusCode());
        assertTrue(flow.admin("GET", "/api/admin/decks", null).body().contains("\"id\":\"" + id + "\""));

        JsonObject kept = object(get("/api/study/session", firstActivity).body()).getJsonObject("activity");
        assertEquals(id, kept.getString("deck"));
        assertEquals(1, kept.getInt("deckVersion"));
        var firstEdition = get("/api/decks/" + id + "?version=" + kept.getInt("deckVersion"), null);
        assertEquals(200, firstEdition.statusCode(), firstEdition.body());
        assertEquals("First edition", object(firstEdition.body()).getString("title"));
    }

    @Test
    void theAdminPageIsServedAndEscapesByConstruction() {
        var redirect = get("/admin", null);
        assertEquals(303, redirect.statusCode());
        var page = get("/app/admin.html", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<label for=\"token\">Admin token</label>"), page.body());
        String script = get("/app/js/admin.js", null).body();
        assertFalse(script.contains("innerHTML"), "the admin page writes text, never markup");

        launch("mlops-vs-devops");
        var platforms = flow.admin("GET", "/api/admin/platforms", null);
        assertEquals(200, platforms.statusCode(), platforms.body());
        JsonObject mine = array(platforms.body()).stream().map(p -> p.asJsonObject())
                .filter(p -> p.getString("issuer").equals(flow.issuer())).findFirst().orElseThrow();
        assertTrue(mine.containsKey("lastLaunchAt"), mine.toString());
        assertFalse(mine.containsKey("lastGradeError"), "no score of this platform failed");
    }
}
