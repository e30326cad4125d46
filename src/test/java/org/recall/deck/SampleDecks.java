package org.recall.deck;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.function.IntFunction;

/** A small valid deck for tests to break, and builders for the values they break it with. */
final class SampleDecks {

    static final String VALID = """
            {
              "id": "sample-deck",
              "title": "Sample",
              "estimatedMinutes": 3,
              "cards": [
                { "id": "c1", "prompt": "Prompt one", "answer": "Answer one", "level": "beginner" },
                { "id": "c2", "prompt": "Prompt two", "answer": "Answer two", "level": "advanced" }
              ],
              "questions": [
                {
                  "id": "q1",
                  "prompt": "Which?",
                  "options": [ { "id": "a", "text": "This" }, { "id": "b", "text": "That" } ],
                  "correctOptionId": "b",
                  "explanation": "Because."
                }
              ],
              "explainPrompts": [
                { "id": "e1", "prompt": "Explain.", "hint": "Think.", "keyConcepts": ["one", "two"] }
              ]
            }
            """;

    private SampleDecks() {
    }

    static JsonObject valid() {
        return json(VALID).asJsonObject();
    }

    static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    static JsonValue string(String text) {
        return Json.createValue(text);
    }

    static JsonArray array(int size, IntFunction<String> itemJson) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (int i = 0; i < size; i++) {
            array.add(json(itemJson.apply(i)));
        }
        return array.build();
    }

    static String card(int i) {
        return "{\"id\":\"c" + i + "\",\"prompt\":\"P\",\"answer\":\"A\",\"level\":\"beginner\"}";
    }

    static String question(int i) {
        return "{\"id\":\"q" + i + "\",\"prompt\":\"P\",\"options\":[{\"id\":\"a\",\"text\":\"A\"},"
                + "{\"id\":\"b\",\"text\":\"B\"}],\"correctOptionId\":\"a\",\"explanation\":\"E\"}";
    }

    static String option(int i) {
        return "{\"id\":\"o" + i + "\",\"text\":\"T\"}";
    }

    static String explainPrompt(int i) {
        return "{\"id\":\"e" + i + "\",\"prompt\":\"P\",\"hint\":\"H\",\"keyConcepts\":[\"x\",\"y\"]}";
    }

    static String concept(int i) {
        return "\"concept " + i + "\"";
    }
}
