package org.recall.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;
import org.recall.deck.Card;
import org.recall.deck.Deck;
import org.recall.deck.Option;
import org.recall.deck.Question;

/**
 * A round of True or false: statements drawn in turn from every card (and every question, when allowed),
 * each true half of the time: a card with its own back or another card's, a question with its right
 * option or a wrong one. Built on the server for LTI sessions, where the questions' answers are.
 */
public final class TrueFalseRound {

    public static final int MAX_COUNT = 50;

    private TrueFalseRound() {
    }

    /** Statement ids ({@link TrueFalseStatement}) for a round of {@code count} statements. */
    public static List<String> of(Deck deck, boolean questions, int count, RandomGenerator random) {
        List<Object> sources = new ArrayList<>(deck.cards());
        if (questions) {
            sources.addAll(deck.questions());
        }
        var statements = new ArrayList<String>();
        if (sources.isEmpty()) {
            return statements;
        }
        var order = new ArrayList<Object>();
        while (statements.size() < count) {
            if (order.isEmpty()) {
                order.addAll(sources);
                Collections.shuffle(order, new java.util.Random(random.nextLong()));
            }
            Object source = order.remove(0);
            boolean truth = random.nextBoolean();
            if (source instanceof Card card) {
                List<Card> others = deck.cards().stream().filter(c -> !c.id().equals(card.id())).toList();
                Card shown = truth || others.isEmpty() ? card : others.get(random.nextInt(others.size()));
                statements.add("c:" + card.id() + ":" + shown.id());
            } else if (source instanceof Question question) {
                List<Option> wrong = question.options().stream().filter(o -> !question.isCorrect(o.id())).toList();
                String shown = truth || wrong.isEmpty() ? question.correctOptionId()
                        : wrong.get(random.nextInt(wrong.size())).id();
                statements.add("q:" + question.id() + ":" + shown);
            }
        }
        return statements;
    }
}
