package org.recall.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The schema is documentation; the loader is what runs. This keeps them from drifting apart:
 * each object's required and allowed fields, and the array limits, must be the same in both.
 */
class DeckSchemaConsistencyTest {

    private final JsonObject schema = readSchema();

    @Test
    void isADraft202012SchemaThatForbidsUnknownFields() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.getString("$schema"));
        assertEquals(JsonValue.FALSE, schema.get("additionalProperties"));
    }

    @Test
    void deckHasTheFieldsTheLoaderEnforces() {
        assertShape(DeckFormat.DECK, schema);
    }

    @Test
    void itemsHaveTheFieldsTheLoaderEnforces() {
        JsonObject defs = schema.getJsonObject("$defs");
        assertShape(DeckFormat.CARD, defs.getJsonObject("card"));
        assertShape(DeckFormat.SINGLE_CHOICE, defs.getJsonObject("singleChoice"));
        assertShape(DeckFormat.MULTIPLE_ANSWER, defs.getJsonObject("multipleAnswer"));
        assertShape(DeckFormat.TRUE_FALSE, defs.getJsonObject("trueFalse"));
        assertShape(DeckFormat.SHORT_ANSWER, defs.getJsonObject("shortAnswer"));
        assertShape(DeckFormat.NUMERIC, defs.getJsonObject("numeric"));
        assertShape(DeckFormat.MATCHING, defs.getJsonObject("matching"));
        assertShape(DeckFormat.OPTION, defs.getJsonObject("option"));
        assertShape(DeckFormat.PAIR, defs.getJsonObject("pair"));
        assertShape(DeckFormat.EXPLAIN_PROMPT, defs.getJsonObject("explainPrompt"));
    }

    @Test
    void limitsAreTheLoaderLimits() {
        JsonObject properties = schema.getJsonObject("properties");
        JsonObject defs = schema.getJsonObject("$defs");
        assertEquals(DeckFormat.MAX_CARDS, properties.getJsonObject("cards").getInt("maxItems"));
        assertEquals(DeckFormat.MAX_QUESTIONS, properties.getJsonObject("questions").getInt("maxItems"));
        assertEquals(DeckFormat.MAX_EXPLAIN_PROMPTS, properties.getJsonObject("explainPrompts").getInt("maxItems"));
        assertEquals(DeckFormat.MAX_TEXT_LENGTH, defs.getJsonObject("text").getInt("maxLength"));
        assertEquals(DeckFormat.MAX_ANSWER_LENGTH, defs.getJsonObject("answerText").getInt("maxLength"));
        for (String type : List.of("singleChoice", "multipleAnswer")) {
            JsonObject options = defs.getJsonObject(type).getJsonObject("properties").getJsonObject("options");
            assertEquals(List.of(DeckFormat.MIN_OPTIONS, DeckFormat.MAX_OPTIONS),
                    List.of(options.getInt("minItems"), options.getInt("maxItems")), type);
        }
        assertEquals(DeckFormat.MAX_OPTIONS, defs.getJsonObject("multipleAnswer").getJsonObject("properties")
                .getJsonObject("correctOptionIds").getInt("maxItems"));
        JsonObject accepted = defs.getJsonObject("shortAnswer").getJsonObject("properties").getJsonObject("acceptedAnswers");
        assertEquals(DeckFormat.MAX_ACCEPTED_ANSWERS, accepted.getInt("maxItems"));
        JsonObject matching = defs.getJsonObject("matching").getJsonObject("properties");
        assertEquals(List.of(DeckFormat.MIN_PAIRS, DeckFormat.MAX_PAIRS),
                List.of(matching.getJsonObject("pairs").getInt("minItems"), matching.getJsonObject("pairs").getInt("maxItems")));
        assertEquals(DeckFormat.MAX_DISTRACTORS, matching.getJsonObject("distractors").getInt("maxItems"));
        assertEquals(DeckFormat.MAX_SHORT_TEXT_LENGTH, defs.getJsonObject("shortText").getInt("maxLength"));
        assertEquals(DeckFormat.MAX_LABEL_LENGTH, defs.getJsonObject("label").getInt("maxLength"));
        assertEquals(DeckFormat.MAX_TAGS, defs.getJsonObject("tags").getInt("maxItems"));
        assertEquals(0, DeckFormat.MAX_NUMBER.compareTo(
                defs.getJsonObject("number").getJsonNumber("maximum").bigDecimalValue()));
        assertEquals(0, DeckFormat.MAX_NUMBER.negate().compareTo(
                defs.getJsonObject("number").getJsonNumber("minimum").bigDecimalValue()));
        JsonObject concepts = defs.getJsonObject("explainPrompt").getJsonObject("properties")
                .getJsonObject("keyConcepts");
        assertEquals(List.of(DeckFormat.MIN_KEY_CONCEPTS, DeckFormat.MAX_KEY_CONCEPTS),
                List.of(concepts.getInt("minItems"), concepts.getInt("maxItems")));
        assertEquals(DeckFormat.MAX_CONCEPT_LENGTH, concepts.getJsonObject("items").getInt("maxLength"));
        JsonObject minutes = properties.getJsonObject("estimatedMinutes");
        assertEquals(List.of(DeckFormat.MIN_MINUTES, DeckFormat.MAX_MINUTES),
                List.of(minutes.getInt("minimum"), minutes.getInt("maximum")));
    }

    @Test
    void patternsAreTheLoaderPatterns() {
        JsonObject properties = schema.getJsonObject("properties");
        assertEquals("^" + DeckId.PATTERN.pattern() + "$", properties.getJsonObject("id").getString("pattern"));
        assertEquals("^" + DeckFormat.LANGUAGE.pattern() + "$",
                properties.getJsonObject("language").getString("pattern"));
        assertEquals("^" + DeckFormat.ITEM_ID.pattern() + "$",
                schema.getJsonObject("$defs").getJsonObject("itemId").getString("pattern"));
    }

    @Test
    void questionTypesAreTheLoaderTypes() {
        JsonObject defs = schema.getJsonObject("$defs");
        var consts = new TreeSet<String>();
        for (String type : List.of("singleChoice", "multipleAnswer", "trueFalse", "shortAnswer", "numeric", "matching")) {
            consts.add(defs.getJsonObject(type).getJsonObject("properties").getJsonObject("type").getString("const"));
        }
        var loaderTypes = new TreeSet<String>();
        for (QuestionType type : QuestionType.values()) {
            loaderTypes.add(type.jsonName());
        }
        assertEquals(loaderTypes, consts);
        assertEquals(6, defs.getJsonObject("question").getJsonArray("oneOf").size());
    }

    private static void assertShape(DeckFormat.Shape shape, JsonObject objectSchema) {
        assertEquals(new TreeSet<>(shape.required()), strings(objectSchema, "required"));
        Set<String> allowed = new TreeSet<>(shape.required());
        allowed.addAll(shape.optional());
        assertEquals(allowed, new TreeSet<>(objectSchema.getJsonObject("properties").keySet()));
        assertEquals(JsonValue.FALSE, objectSchema.get("additionalProperties"));
    }

    private static Set<String> strings(JsonObject object, String arrayName) {
        Set<String> values = new TreeSet<>();
        object.getJsonArray(arrayName).getValuesAs(JsonString.class).forEach(value -> values.add(value.getString()));
        return values;
    }

    private static JsonObject readSchema() {
        InputStream in = DeckSchemaConsistencyTest.class.getClassLoader().getResourceAsStream(DeckFormat.SCHEMA_RESOURCE);
        assertNotNull(in, DeckFormat.SCHEMA_RESOURCE);
        try (JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }
}
