package org.recall.deck;

import java.util.List;
import java.util.Objects;

/**
 * A deck as sent to the browser: questions are {@link PublicQuestion}s, which have no answer
 * key and no explanation. Cards keep their answers (revealing them is the point of a card)
 * and explain prompts keep their key concepts (the student self-assesses against them).
 */
public record PublicDeck(
        DeckId id,
        String title,
        String description,
        int estimatedMinutes,
        String language,
        TextFormat textFormat,
        List<Card> cards,
        List<PublicQuestion> questions,
        List<ExplainPrompt> explainPrompts) {

    public PublicDeck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(textFormat, "textFormat");
        cards = List.copyOf(cards);
        questions = List.copyOf(questions);
        explainPrompts = List.copyOf(explainPrompts);
    }
}
