package org.recall.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recall.deck.Card;
import org.recall.deck.Deck;
import org.recall.deck.DeckId;
import org.recall.deck.Level;
import org.recall.deck.Option;
import org.recall.deck.QuestionType;
import org.recall.deck.SingleChoice;

class ItemAnalysisTest {

    static final Deck DECK = new Deck(new DeckId("small-deck"), "D", null, 5, "en",
            List.of(new Card("c1", "P", "A", Level.BEGINNER)),
            List.of(new SingleChoice("q1", "First?", List.of(new Option("a", "A"), new Option("b", "B"), new Option("c", "C")), "b", "e"),
                    new SingleChoice("q2", "Second?", List.of(new Option("x", "X"), new Option("y", "Y")), "x", "e")),
            List.of());

    @Test
    void sharesOfCorrectAnswersAndWrongOptionCounts() {
        Map<Long, List<String>> attempts = new LinkedHashMap<>();
        attempts.put(1L, List.of("q1", "q2"));
        attempts.put(2L, List.of("q2", "q1"));
        attempts.put(3L, List.of("q1", "q2"));
        attempts.put(4L, List.of("q1", "q2"));
        var answers = List.of(
                answer(1, "q1", "b", 1), answer(1, "q2", "x", 1),
                answer(2, "q1", "a", 0), answer(2, "q2", "y", 0),
                answer(3, "q1", "a", 0),
                answer(4, "q1", "c", 0), answer(4, "q2", "x", 1));
        List<ItemAnalysis.Item> items = ItemAnalysis.of(DECK, attempts, answers);

        ItemAnalysis.Item q1 = items.get(0);
        assertEquals(4, q1.attempts());
        assertEquals(1, q1.correct());
        assertEquals(25.0, q1.percentCorrect());
        assertEquals(List.of(new ItemAnalysis.WrongOption("a", "A", 2), new ItemAnalysis.WrongOption("c", "C", 1)),
                q1.wrongOptions());

        ItemAnalysis.Item q2 = items.get(1);
        assertEquals(4, q2.attempts());
        assertEquals(2, q2.correct());
        assertEquals(1, q2.unanswered());
        assertEquals(50.0, q2.percentCorrect());
        assertEquals(List.of(new ItemAnalysis.WrongOption("y", "Y", 1)), q2.wrongOptions());
    }

    static ItemAnalysis.Answer answer(long attempt, String question, String option, double credit) {
        return new ItemAnalysis.Answer(attempt, question, Json.createValue(option), credit);
    }

    @Test
    void noAttemptsGiveZeroesNotDivisionByZero() {
        List<ItemAnalysis.Item> items = ItemAnalysis.of(DECK, Map.of(), List.of());
        assertEquals(2, items.size());
        assertEquals(0.0, items.get(0).percentCorrect());
        assertEquals(0, items.get(0).wrongOptions().get(0).chosen());
    }

    @Test
    void oneThirdIsRoundedToOneDecimal() {
        var item = new ItemAnalysis.Item("q", QuestionType.SINGLE_CHOICE, "P", 3, 1, 0, 0, 1, List.of());
        assertEquals(33.3, item.percentCorrect());
    }

    @Test
    void everyTypeCountsPartialCreditAndItsWrongAnswers() {
        Deck deck = org.recall.deck.EveryTypeDeck.DECK;
        List<String> all = List.of("q1", "q2", "q3", "q4", "q5", "q6");
        Map<Long, List<String>> attempts = new LinkedHashMap<>();
        attempts.put(1L, all);
        attempts.put(2L, all);
        var answers = List.of(
                json(1, "q2", "[\"a\"]", 0.5), json(2, "q2", "[\"a\",\"b\",\"c\"]", 0.5),
                json(1, "q3", "false", 0), json(2, "q3", "true", 1),
                json(1, "q4", "\"Kyoto\"", 0), json(2, "q4", "\" Kyoto\"", 0),
                json(1, "q5", "10", 0),
                json(1, "q6", "{\"p1\":\"Madrid\",\"p2\":\"Athens\",\"p3\":\"Rome\"}", 1.0 / 3));
        List<ItemAnalysis.Item> items = ItemAnalysis.of(deck, attempts, answers);

        ItemAnalysis.Item multiple = items.get(1);
        assertEquals(List.of(0, 2, 50.0), List.of(multiple.correct(), multiple.partial(), multiple.percentCorrect()));
        assertEquals(List.of(new ItemAnalysis.WrongOption("b", "4", 1), new ItemAnalysis.WrongOption("d", "9", 0)),
                multiple.wrongOptions());
        assertEquals(List.of(new ItemAnalysis.WrongOption("false", "false", 1)), items.get(2).wrongOptions());
        assertEquals(List.of(new ItemAnalysis.WrongOption(null, "Kyoto", 2)), items.get(3).wrongOptions());
        assertEquals(List.of(1, 0.0), List.of(items.get(4).unanswered(), items.get(4).percentCorrect()));
        ItemAnalysis.Item matching = items.get(5);
        assertEquals(16.7, matching.percentCorrect(), "1/3 credit in one attempt of two");
        assertEquals(List.of(0, 1, 1), matching.wrongOptions().stream().map(ItemAnalysis.WrongOption::chosen).toList());
    }

    static ItemAnalysis.Answer json(long attempt, String question, String json, double credit) {
        return new ItemAnalysis.Answer(attempt, question, Json.createReader(new java.io.StringReader(json)).readValue(),
                credit);
    }
}
