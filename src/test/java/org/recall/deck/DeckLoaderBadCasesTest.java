package org.recall.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Named.named;
import static org.recall.deck.SampleDecks.array;
import static org.recall.deck.SampleDecks.json;

import jakarta.json.Json;
import jakarta.json.JsonPatchBuilder;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One named bad case per rule of the deck format: the valid sample deck broken by one JSON Patch
 * (RFC 6902), and the one error the loader must report for it, path and reason exactly.
 */
class DeckLoaderBadCasesTest {

    private final DeckLoader loader = new DeckLoader();

    @Test
    void theSampleIsValid() {
        Deck deck = loader.load(SampleDecks.VALID, "sample.json");
        assertEquals(2, deck.cards().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCases")
    void reportsTheBrokenRule(UnaryOperator<JsonPatchBuilder> breakIt, String path, String reason) {
        String document = breakIt.apply(Json.createPatchBuilder()).build().apply(SampleDecks.valid()).toString();

        DeckFormatException e = assertThrows(DeckFormatException.class, () -> loader.load(document, "bad.json"));

        assertEquals(List.of(new DeckError("bad.json", path, reason)), e.errors());
    }

    static Stream<Arguments> badCases() {
        return Stream.of(
                // deck
                bad("missing id", p -> p.remove("/id"), "$.id", "is required"),
                bad("deck id with capitals and spaces", p -> p.replace("/id", "MLOps vs DevOps"), "$.id",
                        "must be 3 to 64 lowercase letters, digits or hyphens"),
                bad("deck id of 2 characters", p -> p.replace("/id", "ab"), "$.id",
                        "must be 3 to 64 lowercase letters, digits or hyphens"),
                bad("deck id of 65 characters", p -> p.replace("/id", "a".repeat(65)), "$.id",
                        "must be 3 to 64 lowercase letters, digits or hyphens"),
                bad("missing title", p -> p.remove("/title"), "$.title", "is required"),
                bad("title a number", p -> p.replace("/title", 42), "$.title", "must be a string"),
                bad("title null", p -> p.replace("/title", json("null")), "$.title", "must be a string"),
                bad("title blank", p -> p.replace("/title", "  "), "$.title", "must not be blank"),
                bad("title of 2001 characters", p -> p.replace("/title", "t".repeat(2001)), "$.title",
                        "must be at most 2000 characters"),
                bad("description empty", p -> p.add("/description", ""), "$.description", "must not be blank"),
                bad("description of 2001 characters", p -> p.add("/description", "d".repeat(2001)),
                        "$.description", "must be at most 2000 characters"),
                bad("missing estimatedMinutes", p -> p.remove("/estimatedMinutes"), "$.estimatedMinutes",
                        "is required"),
                bad("estimatedMinutes a string", p -> p.replace("/estimatedMinutes", "5"), "$.estimatedMinutes",
                        "must be an integer"),
                bad("estimatedMinutes a fraction", p -> p.replace("/estimatedMinutes", json("2.5")), "$.estimatedMinutes",
                        "must be an integer"),
                bad("estimatedMinutes 0", p -> p.replace("/estimatedMinutes", 0), "$.estimatedMinutes",
                        "must be between 1 and 600"),
                bad("estimatedMinutes 601", p -> p.replace("/estimatedMinutes", 601), "$.estimatedMinutes",
                        "must be between 1 and 600"),
                bad("language not BCP 47", p -> p.add("/language", "english!"), "$.language",
                        "must be a BCP 47 language tag such as en or pt-BR"),
                bad("additional property on the deck", p -> p.add("/author", "me"), "$.author",
                        "is not a field of the deck format"),
                bad("additional property with an odd name", p -> p.add("/my field", 1), "$['my field']",
                        "is not a field of the deck format"),
                bad("empty cards and questions", p -> p.replace("/cards", json("[]")).replace("/questions", json("[]")),
                        "$", "a deck needs at least one card or one question"),
                bad("no cards and no questions", p -> p.remove("/cards").remove("/questions"),
                        "$", "a deck needs at least one card or one question"),
                // cards
                bad("cards an object", p -> p.replace("/cards", json("{}")), "$.cards", "must be an array"),
                bad("card a string", p -> p.replace("/cards/1", "card"), "$.cards[1]", "must be an object"),
                bad("card missing answer", p -> p.remove("/cards/1/answer"), "$.cards[1].answer", "is required"),
                bad("card answer of 4001 characters", p -> p.replace("/cards/0/answer", "a".repeat(4001)),
                        "$.cards[0].answer", "must be at most 4000 characters"),
                bad("card prompt of 2001 characters", p -> p.replace("/cards/0/prompt", "p".repeat(2001)),
                        "$.cards[0].prompt", "must be at most 2000 characters"),
                bad("unknown level", p -> p.replace("/cards/0/level", "expert"), "$.cards[0].level",
                        "must be one of beginner, intermediate, advanced"),
                bad("level in capitals", p -> p.replace("/cards/0/level", "BEGINNER"), "$.cards[0].level",
                        "must be one of beginner, intermediate, advanced"),
                bad("level a number", p -> p.replace("/cards/0/level", 1), "$.cards[0].level", "must be a string"),
                bad("card id with a space", p -> p.replace("/cards/0/id", "c 1"), "$.cards[0].id",
                        "must be 1 to 32 lowercase letters, digits or hyphens"),
                bad("card id of 33 characters", p -> p.replace("/cards/0/id", "c".repeat(33)), "$.cards[0].id",
                        "must be 1 to 32 lowercase letters, digits or hyphens"),
                bad("duplicate card id", p -> p.replace("/cards/1/id", "c1"), "$.cards[1].id",
                        "repeats the id at $.cards[0].id"),
                bad("additional property on a card", p -> p.add("/cards/0/image", "x.png"), "$.cards[0].image",
                        "is not a field of the deck format"),
                bad("501 cards", p -> p.replace("/cards", array(501, SampleDecks::card)), "$.cards",
                        "must have at most 500 items"),
                // questions
                bad("question with 1 option", p -> p.remove("/questions/0/options/0")
                        .replace("/questions/0/correctOptionId", "b"), "$.questions[0].options",
                        "must have at least 2 items"),
                bad("question with 11 options", p -> p.replace("/questions/0/options", array(11, SampleDecks::option))
                        .replace("/questions/0/correctOptionId", "o0"), "$.questions[0].options",
                        "must have at most 10 items"),
                bad("correctOptionId not an option", p -> p.replace("/questions/0/correctOptionId", "z"),
                        "$.questions[0].correctOptionId", "names no option of this question"),
                bad("missing correctOptionId", p -> p.remove("/questions/0/correctOptionId"),
                        "$.questions[0].correctOptionId", "is required"),
                bad("duplicate option id", p -> p.replace("/questions/0/options/1/id", "a")
                        .replace("/questions/0/correctOptionId", "a"), "$.questions[0].options[1].id",
                        "repeats the id at $.questions[0].options[0].id"),
                bad("option missing text", p -> p.remove("/questions/0/options/0/text"),
                        "$.questions[0].options[0].text", "is required"),
                bad("option a string", p -> p.replace("/questions/0/options/0", "This"),
                        "$.questions[0].options[0]", "must be an object"),
                bad("explanation blank", p -> p.replace("/questions/0/explanation", " "),
                        "$.questions[0].explanation", "must not be blank"),
                bad("question prompt of 2001 characters", p -> p.replace("/questions/0/prompt", "q".repeat(2001)),
                        "$.questions[0].prompt", "must be at most 2000 characters"),
                bad("duplicate question id", p -> p.add("/questions/-", json(SampleDecks.question(1))),
                        "$.questions[1].id", "repeats the id at $.questions[0].id"),
                bad("201 questions", p -> p.replace("/questions", array(201, SampleDecks::question)), "$.questions",
                        "must have at most 200 items"),
                // explain prompts
                bad("explain prompt hint blank", p -> p.replace("/explainPrompts/0/hint", ""),
                        "$.explainPrompts[0].hint", "must not be blank"),
                bad("explain prompt missing keyConcepts", p -> p.remove("/explainPrompts/0/keyConcepts"),
                        "$.explainPrompts[0].keyConcepts", "is required"),
                bad("explain prompt with 7 key concepts",
                        p -> p.replace("/explainPrompts/0/keyConcepts", array(7, SampleDecks::concept)),
                        "$.explainPrompts[0].keyConcepts", "must have at most 6 items"),
                bad("key concept repeated", p -> p.add("/explainPrompts/0/keyConcepts/-", "one"),
                        "$.explainPrompts[0].keyConcepts[2]", "repeats an earlier key concept"),
                bad("key concept a number", p -> p.replace("/explainPrompts/0/keyConcepts/0", 1),
                        "$.explainPrompts[0].keyConcepts[0]", "must be a string"),
                bad("key concept of 201 characters", p -> p.replace("/explainPrompts/0/keyConcepts/0", "k".repeat(201)),
                        "$.explainPrompts[0].keyConcepts[0]", "must be at most 200 characters"),
                bad("duplicate explain prompt id", p -> p.add("/explainPrompts/-", json(SampleDecks.explainPrompt(1))),
                        "$.explainPrompts[1].id", "repeats the id at $.explainPrompts[0].id"),
                bad("51 explain prompts", p -> p.replace("/explainPrompts", array(51, SampleDecks::explainPrompt)),
                        "$.explainPrompts", "must have at most 50 items"));
    }

    private static Arguments bad(String name, UnaryOperator<JsonPatchBuilder> breakIt, String path, String reason) {
        return Arguments.of(named(name, breakIt), path, reason);
    }

}
