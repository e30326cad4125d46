package org.recall.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in deck from the seed page, and what of it a student's browser may see. */
class SeedDeckTest {

    private static final DeckId SEED = new DeckId("mlops-vs-devops");

    private final Deck deck = new DeckCatalog().find(SEED).orElseThrow();

    @Test
    void hasTheSeedPageContent() {
        assertEquals("MLOps vs DevOps comparison - Quick Revision & Key Differences", deck.title());
        assertEquals(5, deck.estimatedMinutes());
        assertEquals("en", deck.language());
        assertEquals(5, deck.cards().size());
        assertEquals(List.of(Level.BEGINNER, Level.BEGINNER, Level.INTERMEDIATE, Level.INTERMEDIATE, Level.BEGINNER),
                deck.cards().stream().map(Card::level).toList());
        assertEquals("What is DevOps?", deck.cards().get(0).prompt());
        assertEquals(5, deck.questions().size());
        deck.questions().forEach(question -> assertEquals(List.of("a", "b", "c", "d"), 
                ((SingleChoice) question).options().stream().map(Option::id).toList()));
        assertEquals(2, deck.explainPrompts().size());
        deck.explainPrompts().forEach(prompt -> assertEquals(4, prompt.keyConcepts().size()));
    }

    @Test
    void marksTheObviouslyRightAnswers() {
        assertEquals(List.of("MLOps", "Data versioning", "Software delivery speed and quality", "Automated workflows",
                "Model performance and data drift"),
                deck.questions().stream().map(SeedDeckTest::correctText).toList());
    }

    @Test
    void publicQuestionsHaveNoCorrectAnswerNorExplanation() {
        assertEquals(List.of("id", "type", "prompt", "options", "matchPrompts", "matchChoices"),
                componentNames(PublicQuestion.class));
        assertEquals(List.of("id", "text"), componentNames(Option.class));
        Arrays.stream(PublicDeck.class.getRecordComponents()).forEach(component ->
                assertFalse(component.getGenericType().getTypeName().contains(Question.class.getName() + ">"),
                        component.getName() + " exposes full questions"));
    }

    @Test
    void publicViewSerializedHasNoCorrectAnswerNorExplanation() throws Exception {
        PublicDeck view = deck.publicView();
        String json;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            json = jsonb.toJson(view);
        }

        assertEquals(5, view.questions().size());
        assertTrue(json.contains("Data versioning"), json);
        assertFalse(json.contains("correctOptionId"), json);
        assertFalse(json.contains("explanation"), json);
        assertFalse(json.contains(deck.questions().get(0).explanation()), json);
    }

    private static String correctText(Question any) {
        SingleChoice question = (SingleChoice) any;
        return question.options().stream().filter(option -> question.isCorrect(option.id()))
                .map(Option::text).findFirst().orElseThrow();
    }

    private static List<String> componentNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
