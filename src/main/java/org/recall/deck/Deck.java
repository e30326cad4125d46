package org.recall.deck;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deck: recall cards, single-choice questions and explain prompts on one topic.
 * Built only by {@link DeckLoader} from a document that passed every rule of the format.
 *
 * @param description optional, {@code null} when the document has none
 * @param language BCP 47 tag (RFC 5646), {@value DeckFormat#DEFAULT_LANGUAGE} when the document has none
 */
public record Deck(
        DeckId id,
        String title,
        String description,
        int estimatedMinutes,
        String language,
        List<Card> cards,
        List<Question> questions,
        List<ExplainPrompt> explainPrompts) {

    public Deck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        language = language == null ? DeckFormat.DEFAULT_LANGUAGE : language;
        cards = List.copyOf(cards);
        questions = List.copyOf(questions);
        explainPrompts = List.copyOf(explainPrompts);
        if (cards.isEmpty() && questions.isEmpty()) {
            throw new IllegalArgumentException("Deck " + id + ": " + DeckErrorReason.NO_ITEMS);
        }
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(question -> question.id().equals(questionId)).findFirst();
    }

    /** This deck as a student's browser may see it: no correct answers, no explanations. */
    public PublicDeck publicView() {
        return new PublicDeck(id, title, description, estimatedMinutes, language, cards,
                questions.stream().map(Question::publicView).toList(), explainPrompts);
    }
}
