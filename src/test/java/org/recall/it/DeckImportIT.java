package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
import org.recall.deck.formats.ImportFixtures;
import org.recall.lti.claims.LtiClaims;
import org.recall.lti.claims.ResourceLinkClaim;

/**
 * Imports and exports over HTTP (issue 14): a Moodle XML bank and a GIFT file of every type, an Anki export
 * and a Quizlet export uploaded by an instructor or the admin, with what was skipped; a file with errors
 * refused with each at its line and nothing stored; a student studies and is graded on the imported types;
 * each export format comes back the same deck, and only the owner's instructors and the admin get it.
 */
@ExtendWith(RecallServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeckImportIT {

    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    private RecallServer server;
    private LaunchFlow flow;
    private LaunchFlow otherPlatform;

    @BeforeAll
    void setUp(RecallServer server) {
        this.server = server;
        this.flow = LaunchFlow.register(server);
        this.otherPlatform = LaunchFlow.register(server);
    }

    @AfterAll
    void close() {
        flow.close();
        otherPlatform.close();
    }

    private static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String launch(LaunchFlow on, String deckId, String... roles) {
        return on.session(t -> {
            t.claim(LtiClaims.CUSTOM, Map.of("deck", deckId))
                    .claim(ResourceLinkClaim.CLAIM, Map.of("id", UUID.randomUUID().toString(), "title", "Deck " + deckId));
            return roles.length == 0 ? t : t.roles(roles);
        });
    }

    private HttpResponse<String> upload(String path, String bearer, String contentType, byte[] body) {
        var request = HttpRequest.newBuilder(server.uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return flow.send(request.header("Authorization", "Bearer " + bearer).build());
    }

    private HttpResponse<String> call(String method, String path, String bearer, String body) {
        var request = HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return flow.send(request.build());
    }

    private static JsonObject object(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static List<String> strings(JsonArray array, String field) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getString(field)).toList();
    }

    @Test
    void aMoodleBankIsImportedWithItsSkippedTypesAndStudied() {
        String teacher = launch(flow, "mlops-vs-devops", INSTRUCTOR);
        String id = uniqueId("moodle");
        JsonObject stored = object(upload("/api/instructor/decks?id=" + id + "&title=Geograf%C3%ADa", teacher,
                "application/xml", ImportFixtures.bytes("moodle-bank.xml")), 201);
        assertEquals(List.of(6, 1, 1, 1), List.of(stored.getInt("questions"), stored.getInt("cards"),
                stored.getInt("explainPrompts"), stored.getInt("version")));
        assertEquals("moodle-xml", stored.getString("format"));
        assertEquals(List.of("Huecos de capitales", "Área del círculo", "Pregunta aleatoria (Capitales de Europa)",
                "Arrastrar capitales"), strings(stored.getJsonArray("skipped"), "name"));
        assertEquals(List.of("cloze", "calculated", "random", "ddwtos"), strings(stored.getJsonArray("skipped"), "type"));
        assertTrue(strings(stored.getJsonArray("notes"), "note").stream().anyMatch(n -> n.contains("@@PLUGINFILE@@")),
                stored.toString());

        // The study page's deck has no key and no script; a student answers every type and is graded on the server.
        String student = launch(flow, id);
        String deck = call("GET", "/api/study/deck", student, null).body();
        for (String secret : List.of("correctOptionId", "acceptedAnswers", "Tōkyō", "9.81", "script", "onclick", "PLUGINFILE")) {
            assertFalse(deck.contains(secret), secret + " in " + deck);
        }
        JsonObject attempt = object(call("POST", "/api/study/quiz/attempts", student, null), 200);
        long attemptId = attempt.getJsonNumber("attemptId").longValue();
        JsonObject matching = attempt.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getString("type").equals("matching")).findFirst().orElseThrow();
        assertEquals(List.of("Atenas", "Barcelona", "Madrid", "Roma"), matching.getJsonArray("choices")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).sorted().toList());
        object(call("PUT", "/api/study/quiz/attempts/" + attemptId + "/answers/q4", student, "{\"answer\":\" tokio \"}"), 200);
        object(call("PUT", "/api/study/quiz/attempts/" + attemptId + "/answers/q5", student, "{\"answer\":\"nine\"}"), 400);
        JsonObject result = object(call("POST", "/api/study/quiz/attempts/" + attemptId + "/submit", student,
                "{\"answers\":{\"fr-capital\":\"a\",\"q2\":[\"a\"],\"q3\":true,\"q5\":\"9,8\","
                        + "\"q6\":{\"p1\":\"Madrid\",\"p2\":\"Atenas\",\"p3\":\"Roma\"}}}"), 200);
        List<JsonObject> outcomes = result.getJsonArray("questions").getValuesAs(JsonObject.class);
        assertEquals(List.of(1.0, 0.5, 1.0, 1.0, 1.0, 0.3333), outcomes.stream()
                .map(o -> o.getJsonNumber("credit").doubleValue()).toList());
        assertEquals(List.of("a", "c"), outcomes.get(1).getJsonArray("correctAnswer").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList(), "shown after each attempt, as the activity says");
        assertEquals(81, result.getInt("percent"), "4.8333 of 6 questions' credit");
        double maxScore = result.getJsonNumber("maxScore").doubleValue();
        assertEquals(Math.round(maxScore * 4.8333 / 6 * 100) / 100.0, result.getJsonNumber("score").doubleValue(), 0.011);
    }

    @Test
    void aGiftFileIsToldFromItsBytesAndAnkiAndQuizletByName() {
        String gift = uniqueId("gift");
        JsonObject stored = object(upload("/api/admin/decks?id=" + gift + "&title=Geography", RecallServer.ADMIN_TOKEN,
                "text/plain", ImportFixtures.bytes("geography.gift")), 201);
        assertEquals("gift", stored.getString("format"));
        assertEquals(List.of(9, 1, 1), List.of(stored.getInt("questions"), stored.getInt("cards"),
                stored.getInt("explainPrompts")));
        assertEquals(0, stored.getJsonArray("skipped").size());

        JsonObject anki = object(upload("/api/admin/decks?format=anki&id=" + uniqueId("anki") + "&title=Anki",
                RecallServer.ADMIN_TOKEN, "text/plain", ImportFixtures.bytes("anki-export.txt")), 201);
        assertEquals(List.of(3, 0), List.of(anki.getInt("cards"), anki.getInt("questions")));
        JsonObject quizlet = object(upload("/api/admin/decks?format=tsv&id=" + uniqueId("quizlet") + "&title=Quizlet",
                RecallServer.ADMIN_TOKEN, "text/plain", ImportFixtures.bytes("quizlet-export.txt")), 201);
        assertEquals(4, quizlet.getInt("cards"));
    }

    @Test
    void aFileWithErrorsIsRefusedWithEachAtItsLineAndNothingStored() throws Exception {
        String id = uniqueId("broken");
        String gift = "::One::Broken {=a ~b\n\n::Two::No right answer{~a ~b}\n";
        JsonObject refused = object(upload("/api/admin/decks?format=gift&id=" + id + "&title=Broken",
                RecallServer.ADMIN_TOKEN, "text/plain", gift.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 400);
        assertEquals(List.of("line 1, question \"One\"", "line 3, question \"Two\""),
                strings(refused.getJsonArray("errors"), "path"));
        assertFalse(flow.admin("GET", "/api/admin/decks", null).body().contains(id));

        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<quiz>&x;</quiz>";
        JsonObject evil = object(upload("/api/admin/decks?id=" + id + "&title=Evil", RecallServer.ADMIN_TOKEN,
                "application/xml", xxe.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 400);
        assertEquals(1, evil.getJsonArray("errors").size());
        assertFalse(evil.toString().contains("root:"), "no file content in the answer");

        assertEquals(400, upload("/api/admin/decks?format=pdf&id=" + id + "&title=X", RecallServer.ADMIN_TOKEN,
                "text/plain", "x".getBytes()).statusCode());
        // As DeckUploadIT does: the server answers 413 before reading the body, so the client waits for 100-continue.
        var tooLarge = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(server.uri("/api/admin/decks?format=gift&id=" + id + "&title=Big"))
                        .expectContinue(true).header("Authorization", "Bearer " + RecallServer.ADMIN_TOKEN)
                        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(
                                new byte[1024 * 1024 + 1])).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertFalse(flow.admin("GET", "/api/admin/decks", null).body().contains(id));
    }

    @Test
    void eachExportComesBackTheSameDeckAndOnlyForItsOwner() {
        String teacher = launch(flow, "mlops-vs-devops", INSTRUCTOR);
        String id = uniqueId("owned");
        object(upload("/api/instructor/decks?format=gift&id=" + id + "&title=Geography", teacher, "text/plain",
                ImportFixtures.bytes("geography.gift")), 201);
        String original = call("GET", "/api/decks/" + id + "/export?format=json", teacher, null).body();
        for (String format : List.of("moodle-xml", "gift", "json")) {
            var export = call("GET", "/api/decks/" + id + "/export?format=" + format, teacher, null);
            assertEquals(200, export.statusCode(), export.body());
            assertTrue(export.headers().firstValue("Content-Disposition").orElse("").contains(id + "-v1."), format);
            String copy = uniqueId("copy");
            // A JSON export names its deck id inside; the other formats take it from the parameter.
            String file = format.equals("json") ? export.body().replace("\"id\":\"" + id + "\"", "\"id\":\"" + copy + "\"")
                    : export.body();
            object(upload("/api/instructor/decks?format=" + format + "&id=" + copy + "&title=Geography&minutes="
                    + object(call("GET", "/api/decks/" + id + "/export?format=json", teacher, null), 200).getInt("estimatedMinutes"),
                    teacher, null, file.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 201);
            String back = call("GET", "/api/decks/" + copy + "/export?format=json", teacher, null).body();
            assertEquals(original, back.replace(copy, id), format + " round trip");
        }
        assertEquals(200, flow.admin("GET", "/api/decks/" + id + "/export?format=gift", null).statusCode());
        assertEquals(403, call("GET", "/api/decks/" + id + "/export?format=gift", launch(flow, id), null).statusCode(),
                "a student session");
        assertEquals(403, call("GET", "/api/decks/" + id + "/export?format=gift",
                launch(otherPlatform, "mlops-vs-devops", INSTRUCTOR), null).statusCode(), "another platform's instructor");
        assertEquals(401, call("GET", "/api/decks/" + id + "/export?format=gift", null, null).statusCode());
        assertEquals(400, call("GET", "/api/decks/" + id + "/export?format=pdf", teacher, null).statusCode());
    }
}
