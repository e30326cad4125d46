package org.recall.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeckModelTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "mlops-vs-devops", "deck-2", "0123456789012345678901234567890123456789012345678901234567890123"})
    void acceptsDeckIds(String id) {
        assertEquals(id, new DeckId(id).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "MLOps", "with space", "under_score", "dot.json",
            "01234567890123456789012345678901234567890123456789012345678901234"})
    void rejectsDeckIds(String id) {
        assertFalse(DeckId.isValid(id));
        assertThrows(IllegalArgumentException.class, () -> new DeckId(id));
    }

    @Test
    void levelsHaveTheirJsonNames() {
        assertEquals(List.of("beginner", "intermediate", "advanced"),
                List.of(Level.values()).stream().map(Level::jsonName).toList());
        assertEquals(Optional.of(Level.INTERMEDIATE), Level.fromJsonName("intermediate"));
        assertEquals(Optional.empty(), Level.fromJsonName("INTERMEDIATE"));
    }

    @Test
    void recordsCopyTheirLists() {
        List<Option> options = new ArrayList<>(List.of(new Option("a", "A"), new Option("b", "B")));
        SingleChoice question = new SingleChoice("q1", "Which?", options, "a", "Because.");
        options.clear();

        assertEquals(2, question.options().size());
        assertThrows(UnsupportedOperationException.class, () -> question.options().add(new Option("c", "C")));
        assertTrue(question.isCorrect("a"));
    }

    @Test
    void questionRefusesACorrectOptionItDoesNotHave() {
        assertThrows(IllegalArgumentException.class, () -> new SingleChoice("q1", "Which?",
                List.of(new Option("a", "A"), new Option("b", "B")), "z", "Because."));
    }
}
