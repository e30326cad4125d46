package org.recall.study;

import java.util.Optional;
import org.recall.deck.Card;
import org.recall.deck.Deck;
import org.recall.deck.Option;
import org.recall.deck.Question;

/**
 * A statement of True or false, named by what it pairs: {@code c:<card>:<card shown>} is a card's front
 * with a card's back (its own: true; another's: false), {@code q:<question>:<option>} a question with one
 * of its options (true when that option is the right one). The page builds statements from the public
 * deck; the server alone knows a question's right option, so it checks every statement of an LTI session.
 */
public record TrueFalseStatement(boolean fromQuestion, String itemId, String shownId) {

    public static Optional<TrueFalseStatement> parse(String id) {
        String[] parts = id == null ? new String[0] : id.split(":", -1);
        if (parts.length != 3 || !(parts[0].equals("c") || parts[0].equals("q")) || parts[1].isEmpty() || parts[2].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TrueFalseStatement(parts[0].equals("q"), parts[1], parts[2]));
    }

    /** Whether the statement is true in this deck; empty when it names a card, question or option the deck lacks. */
    public Optional<Boolean> truth(Deck deck) {
        if (fromQuestion) {
            return deck.question(itemId).filter(q -> q.options().stream().anyMatch(o -> o.id().equals(shownId)))
                    .map(q -> q.isCorrect(shownId));
        }
        return card(deck, itemId).flatMap(card -> card(deck, shownId).map(shown -> card.id().equals(shown.id())));
    }

    /** What is true: the card's own back, or the question's right option. */
    public String rightAnswer(Deck deck) {
        if (fromQuestion) {
            Question q = deck.question(itemId).orElseThrow();
            return q.options().stream().filter(o -> q.isCorrect(o.id())).map(Option::text).findFirst().orElseThrow();
        }
        return card(deck, itemId).orElseThrow().answer();
    }

    private static Optional<Card> card(Deck deck, String id) {
        return deck.cards().stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
