package org.recall.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Named.named;
import static org.recall.deck.SampleDecks.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The six question types of the deck format: what the loader reads, what it refuses, and the public view. */
class QuestionTypesTest {

    private final DeckLoader loader = new DeckLoader();

    static String everyType() {
        return EveryTypeDeck.json();
    }

    @Test
    void readsEveryType() {
        Deck deck = loader.load(everyType(), "every-type.json");
        List<Question> q = deck.questions();
        assertEquals(List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_ANSWER, QuestionType.TRUE_FALSE,
                QuestionType.SHORT_ANSWER, QuestionType.NUMERIC, QuestionType.MATCHING),
                q.stream().map(Question::type).toList());
        assertEquals("a", ((SingleChoice) q.get(0)).correctOptionId());
        assertEquals(List.of("a", "c"), ((MultipleAnswer) q.get(1)).correctOptionIds());
        assertEquals(new Labels("Numbers", List.of()), q.get(1).labels());
        assertTrue(((TrueFalse) q.get(2)).correct());
        assertNull(q.get(2).explanation());
        assertEquals(List.of("Tokyo", "Tōkyō", "Tokio"), ((ShortAnswer) q.get(3)).acceptedAnswers());
        assertFalse(((ShortAnswer) q.get(3)).caseSensitive());
        assertEquals(new BigDecimal("9.81"), ((Numeric) q.get(4)).value());
        assertEquals(new BigDecimal("0.05"), ((Numeric) q.get(4)).tolerance());
        Matching matching = (Matching) q.get(5);
        assertEquals(new MatchPair("p2", "Italy", "Rome"), matching.pairs().get(1));
        assertEquals(List.of("Athens", "Barcelona", "Madrid", "Rome"), matching.choices());
        assertEquals(List.of(), deck.explainPrompts().get(0).keyConcepts());
        assertNull(deck.explainPrompts().get(0).hint());
        assertEquals(new Labels("Europe", List.of("capitals")), deck.cards().get(0).labels());
    }

    @Test
    void writesEveryTypeBackAsTheSameDocument() {
        Deck deck = loader.load(everyType(), "every-type.json");
        String written = DeckDocument.of(deck);
        assertEquals(deck, loader.load(written, "written.json"));
        assertEquals(json(everyType()), json(written));
    }

    @Test
    void thePublicViewHasNoKey() {
        Deck deck = loader.load(everyType(), "every-type.json");
        String json = DeckJson.of(deck.publicView()).build().toString();
        for (String secret : List.of("correctOptionId", "correctOptionIds", "\"correct\"", "acceptedAnswers", "Tokio",
                "9.81", "tolerance", "\"pairs\"", "explanation", "987")) {
            assertFalse(json.contains(secret), secret + " in " + json);
        }
        JsonObject matching = json(json).asJsonObject().getJsonArray("questions").getJsonObject(5);
        assertEquals(json("[{\"id\":\"p1\",\"text\":\"Spain\"},{\"id\":\"p2\",\"text\":\"Italy\"},"
                + "{\"id\":\"p3\",\"text\":\"Greece\"}]"), matching.get("prompts"));
        assertEquals(json("[\"Athens\",\"Barcelona\",\"Madrid\",\"Rome\"]"), matching.get("choices"));
        assertEquals("true-false", json(json).asJsonObject().getJsonArray("questions").getJsonObject(2).getString("type"));
    }

    @Test
    void anHtmlDeckHoldsOnlyTheSubset() {
        String html = everyType().replace("\"language\": \"en\",", "\"language\": \"en\", \"textFormat\": \"html\",")
                .replace("Which city is the capital of France?",
                        "<p>Which city is the <strong>capital</strong> of France?<img src=\\\"https://example.org/fr.png\\\" alt=\\\"flag\\\"></p>");
        Deck deck = loader.load(html, "html.json");
        assertEquals(TextFormat.HTML, deck.textFormat());
        DeckFormatException e = assertThrows(DeckFormatException.class, () -> loader.load(
                html.replace("<strong>capital</strong>", "<b onclick=\\\"steal()\\\">capital</b>"), "bad.json"));
        assertEquals(List.of(new DeckError("bad.json", "$.questions[0].prompt", DeckErrorReason.HTML_OUTSIDE_SUBSET)),
                e.errors());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCases")
    void reportsTheBrokenRule(UnaryOperator<JsonPatchBuilder> breakIt, String path, String reason) {
        String document = breakIt.apply(Json.createPatchBuilder()).build().apply(json(everyType()).asJsonObject())
                .toString();
        DeckFormatException e = assertThrows(DeckFormatException.class, () -> loader.load(document, "bad.json"));
        assertEquals(List.of(new DeckError("bad.json", path, reason)), e.errors());
    }

    static Stream<Arguments> badCases() {
        return Stream.of(
                bad("unknown type", p -> p.replace("/questions/1/type", "cloze"), "$.questions[1].type",
                        DeckErrorReason.BAD_QUESTION_TYPE),
                bad("type a number", p -> p.replace("/questions/1/type", 3), "$.questions[1].type",
                        DeckErrorReason.NOT_STRING),
                bad("text format unknown", p -> p.add("/textFormat", "markdown"), "$.textFormat",
                        DeckErrorReason.BAD_TEXT_FORMAT),
                bad("a field of another type", p -> p.add("/questions/2/options", json("[]")),
                        "$.questions[2].options", DeckErrorReason.UNKNOWN_FIELD),
                bad("multiple answer without key", p -> p.remove("/questions/1/correctOptionIds"),
                        "$.questions[1].correctOptionIds", DeckErrorReason.REQUIRED),
                bad("multiple answer key empty", p -> p.replace("/questions/1/correctOptionIds", json("[]")),
                        "$.questions[1].correctOptionIds", DeckErrorReason.tooFewItems(1)),
                bad("multiple answer key not an option", p -> p.add("/questions/1/correctOptionIds/-", "z"),
                        "$.questions[1].correctOptionIds[2]", DeckErrorReason.NO_SUCH_OPTION),
                bad("multiple answer key twice", p -> p.add("/questions/1/correctOptionIds/-", "a"),
                        "$.questions[1].correctOptionIds[2]", DeckErrorReason.REPEATED_OPTION),
                bad("true-false correct a string", p -> p.replace("/questions/2/correct", "true"),
                        "$.questions[2].correct", DeckErrorReason.NOT_BOOLEAN),
                bad("true-false without correct", p -> p.remove("/questions/2/correct"),
                        "$.questions[2].correct", DeckErrorReason.REQUIRED),
                bad("short answer with no accepted answer", p -> p.replace("/questions/3/acceptedAnswers", json("[]")),
                        "$.questions[3].acceptedAnswers", DeckErrorReason.tooFewItems(1)),
                bad("accepted answer twice", p -> p.add("/questions/3/acceptedAnswers/-", "Tokyo"),
                        "$.questions[3].acceptedAnswers[3]", DeckErrorReason.REPEATED_ANSWER),
                bad("accepted answer of 201 characters", p -> p.replace("/questions/3/acceptedAnswers/0", "t".repeat(201)),
                        "$.questions[3].acceptedAnswers[0]", DeckErrorReason.tooLong(200)),
                bad("caseSensitive a string", p -> p.add("/questions/3/caseSensitive", "yes"),
                        "$.questions[3].caseSensitive", DeckErrorReason.NOT_BOOLEAN),
                bad("numeric value a string", p -> p.replace("/questions/4/value", "9.81"),
                        "$.questions[4].value", DeckErrorReason.NOT_NUMBER),
                bad("numeric value huge", p -> p.replace("/questions/4/value", json("1e999999999")),
                        "$.questions[4].value", DeckErrorReason.NUMBER_TOO_LARGE),
                bad("numeric value of 13 decimals", p -> p.replace("/questions/4/value", json("0.0000000000001")),
                        "$.questions[4].value", DeckErrorReason.TOO_MANY_DECIMALS),
                bad("numeric tolerance negative", p -> p.replace("/questions/4/tolerance", json("-0.1")),
                        "$.questions[4].tolerance", DeckErrorReason.NEGATIVE),
                bad("matching with one pair", p -> p.remove("/questions/5/pairs/2").remove("/questions/5/pairs/1"),
                        "$.questions[5].pairs", DeckErrorReason.tooFewItems(2)),
                bad("matching pair id twice", p -> p.replace("/questions/5/pairs/1/id", "p1"),
                        "$.questions[5].pairs[1].id", DeckErrorReason.repeatedId("$.questions[5].pairs[0].id")),
                bad("matching pair without answer", p -> p.remove("/questions/5/pairs/0/answer"),
                        "$.questions[5].pairs[0].answer", DeckErrorReason.REQUIRED),
                bad("distractor that is an answer", p -> p.add("/questions/5/distractors/-", "Rome"),
                        "$.questions[5].distractors[1]", DeckErrorReason.DISTRACTOR_IS_ANSWER),
                bad("tag twice", p -> p.add("/questions/5/tags/-", "capitals"),
                        "$.questions[5].tags[2]", DeckErrorReason.REPEATED_TAG),
                bad("section blank", p -> p.replace("/cards/0/section", " "),
                        "$.cards[0].section", DeckErrorReason.BLANK));
    }

    private static Arguments bad(String name, UnaryOperator<JsonPatchBuilder> breakIt, String path, String reason) {
        return Arguments.of(named(name, breakIt), path, reason);
    }
}
