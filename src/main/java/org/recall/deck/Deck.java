package org.recall.deck;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deck: recall cards, quiz questions of six types and explain prompts on one topic.
 * Built only by {@link DeckLoader} from a document that passed every rule of the format.
 *
 * @param description optional, {@code null} when the document has none
 * @param language BCP 47 tag (RFC 5646), {@value DeckFormat#DEFAULT_LANGUAGE} when the document has none
 * @param textFormat how prompts, answers, options, explanations and hints are written (plain text by default)
 */
public record Deck(
        DeckId id,
        String title,
        String description,
        int estimatedMinutes,
        String language,
        TextFormat textFormat,
        List<Card> cards,
        List<Question> questions,
        List<ExplainPrompt> explainPrompts) {

    public Deck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        language = language == null ? DeckFormat.DEFAULT_LANGUAGE : language;
        textFormat = textFormat == null ? TextFormat.PLAIN : textFormat;
        cards = List.copyOf(cards);
        questions = List.copyOf(questions);
        explainPrompts = List.copyOf(explainPrompts);
        if (cards.isEmpty() && questions.isEmpty()) {
            throw new IllegalArgumentException("Deck " + id + ": " + DeckErrorReason.NO_ITEMS);
        }
    }

    /** A plain-text deck. */
    public Deck(DeckId id, String title, String description, int estimatedMinutes, String language, List<Card> cards,
            List<Question> questions, List<ExplainPrompt> explainPrompts) {
        this(id, title, description, estimatedMinutes, language, TextFormat.PLAIN, cards, questions, explainPrompts);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(question -> question.id().equals(questionId)).findFirst();
    }

    /** This deck as a student's browser may see it: no answer keys, no explanations. */
    public PublicDeck publicView() {
        return new PublicDeck(id, title, description, estimatedMinutes, language, textFormat, cards,
                questions.stream().map(Question::publicView).toList(), explainPrompts);
    }
}
