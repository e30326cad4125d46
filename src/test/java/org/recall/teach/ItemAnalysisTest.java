package org.recall.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recall.deck.Card;
import org.recall.deck.Deck;
import org.recall.deck.DeckId;
import org.recall.deck.Level;
import org.recall.deck.Option;
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
                new ItemAnalysis.Answer(1, "q1", "b", true), new ItemAnalysis.Answer(1, "q2", "x", true),
                new ItemAnalysis.Answer(2, "q1", "a", false), new ItemAnalysis.Answer(2, "q2", "y", false),
                new ItemAnalysis.Answer(3, "q1", "a", false),
                new ItemAnalysis.Answer(4, "q1", "c", false), new ItemAnalysis.Answer(4, "q2", "x", true));
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

    @Test
    void noAttemptsGiveZeroesNotDivisionByZero() {
        List<ItemAnalysis.Item> items = ItemAnalysis.of(DECK, Map.of(), List.of());
        assertEquals(2, items.size());
        assertEquals(0.0, items.get(0).percentCorrect());
        assertEquals(0, items.get(0).wrongOptions().get(0).chosen());
    }

    @Test
    void oneThirdIsRoundedToOneDecimal() {
        var item = new ItemAnalysis.Item("q", "P", 3, 1, 0, List.of());
        assertEquals(33.3, item.percentCorrect());
    }
}
