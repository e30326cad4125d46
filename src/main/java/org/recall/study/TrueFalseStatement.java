package org.recall.study;

import java.util.List;
import java.util.Optional;
import org.recall.deck.Card;
import org.recall.deck.Deck;
import org.recall.deck.MultipleAnswer;
import org.recall.deck.Option;
import org.recall.deck.Question;
import org.recall.deck.SingleChoice;
import org.recall.deck.TrueFalse;

/**
 * A statement of True or false, named by what it pairs: {@code c:<card>:<card shown>} is a card's front
 * with a card's back (its own: true; another's: false); {@code q:<question>:<option>} a single-choice or
 * multiple-answer question with one of its options (true when that option is a right one);
 * {@code q:<question>:t} a true/false question's own statement. The page builds the text from the public
 * deck; only the server knows a question's key, so it checks every statement of an LTI session. Short
 * answer, numeric and matching questions make no statements (their answers are not in the public deck).
 */
public record TrueFalseStatement(boolean fromQuestion, String itemId, String shownId) {

    /** The "option" of a true/false question's statement: the question's own claim. */
    public static final String ITSELF = "t";

    public static Optional<TrueFalseStatement> parse(String id) {
        String[] parts = id == null ? new String[0] : id.split(":", -1);
        if (parts.length != 3 || !(parts[0].equals("c") || parts[0].equals("q")) || parts[1].isEmpty() || parts[2].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TrueFalseStatement(parts[0].equals("q"), parts[1], parts[2]));
    }

    /** Whether a question can make statements. */
    public static boolean makesStatements(Question question) {
        return question instanceof SingleChoice || question instanceof MultipleAnswer || question instanceof TrueFalse;
    }

    /** Whether the statement is true in this deck; empty when it names a card, question or option the deck lacks. */
    public Optional<Boolean> truth(Deck deck) {
        if (!fromQuestion) {
            return card(deck, itemId).flatMap(card -> card(deck, shownId).map(shown -> card.id().equals(shown.id())));
        }
        Question question = deck.question(itemId).orElse(null);
        if (question instanceof TrueFalse tf) {
            return ITSELF.equals(shownId) ? Optional.of(tf.correct()) : Optional.empty();
        }
        if (question instanceof SingleChoice single && has(single.options(), shownId)) {
            return Optional.of(single.isCorrect(shownId));
        }
        if (question instanceof MultipleAnswer multiple && has(multiple.options(), shownId)) {
            return Optional.of(multiple.correctOptionIds().contains(shownId));
        }
        return Optional.empty();
    }

    /** What is true: the card's own back, the question's right option(s); null for a true/false question. */
    public String rightAnswer(Deck deck) {
        if (!fromQuestion) {
            return card(deck, itemId).orElseThrow().answer();
        }
        Question question = deck.question(itemId).orElseThrow();
        if (question instanceof SingleChoice single) {
            return single.options().stream().filter(o -> single.isCorrect(o.id())).map(Option::text).findFirst().orElseThrow();
        }
        if (question instanceof MultipleAnswer multiple) {
            return String.join(" · ", multiple.options().stream().filter(o -> multiple.correctOptionIds().contains(o.id()))
                    .map(Option::text).toList());
        }
        return null;
    }

    private static boolean has(List<Option> options, String id) {
        return options.stream().anyMatch(o -> o.id().equals(id));
    }

    private static Optional<Card> card(Deck deck, String id) {
        return deck.cards().stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
