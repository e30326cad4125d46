package org.recall.quiz;

import java.util.Optional;
import org.recall.deck.Card;
import org.recall.deck.Deck;
import org.recall.deck.HtmlSubset;
import org.recall.deck.Question;
import org.recall.deck.TextFormat;

/**
 * One item of a Practice test: a question of the deck, answered in the form of its type, or a card,
 * whose back the student types ({@link TypedAnswer}). Its id is {@code q:<question id>} or {@code c:<card id>}.
 *
 * @param question null for a card item
 * @param card     null for a question item
 */
public record TestItem(String id, Question question, Card card) {

    public static String idOf(Question question) {
        return "q:" + question.id();
    }

    public static String idOf(Card card) {
        return "c:" + card.id();
    }

    /** The item an id names in the deck; empty when it names nothing there. */
    public static Optional<TestItem> of(Deck deck, String id) {
        if (id.startsWith("q:")) {
            return deck.question(id.substring(2)).map(q -> new TestItem(id, q, null));
        }
        if (id.startsWith("c:")) {
            return deck.cards().stream().filter(c -> c.id().equals(id.substring(2))).findFirst()
                    .map(c -> new TestItem(id, null, c));
        }
        return Optional.empty();
    }

    /** The card's back as plain text, as the student would type it (an HTML deck's markup left out). */
    public String expectedText(Deck deck) {
        return deck.textFormat() == TextFormat.HTML ? HtmlSubset.text(card.answer()) : card.answer();
    }
}
