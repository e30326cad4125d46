package org.recall.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;
import org.recall.deck.Card;
import org.recall.deck.Deck;
import org.recall.deck.Option;
import org.recall.deck.MultipleAnswer;
import org.recall.deck.SingleChoice;
import org.recall.deck.TrueFalse;

/**
 * A round of True or false: statements drawn in turn from every card (and every question, when allowed),
 * each true half of the time: a card with its own back or another card's, a single-choice or multiple-answer
 * question with a right option or a wrong one; a true/false question is its own statement. Built on the
 * server for LTI sessions, where the questions' answers are.
 */
public final class TrueFalseRound {

    public static final int MAX_COUNT = 50;

    private TrueFalseRound() {
    }

    /** Statement ids ({@link TrueFalseStatement}) for a round of {@code count} statements. */
    public static List<String> of(Deck deck, boolean questions, int count, RandomGenerator random) {
        List<Object> sources = new ArrayList<>(deck.cards());
        if (questions) {
            deck.questions().stream().filter(TrueFalseStatement::makesStatements).forEach(sources::add);
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
            } else if (source instanceof TrueFalse question) {
                statements.add("q:" + question.id() + ":" + TrueFalseStatement.ITSELF);
            } else if (source instanceof SingleChoice question) {
                statements.add("q:" + question.id() + ":" + option(question.options(), List.of(question.correctOptionId()),
                        truth, random));
            } else if (source instanceof MultipleAnswer question) {
                statements.add("q:" + question.id() + ":" + option(question.options(), question.correctOptionIds(),
                        truth, random));
            }
        }
        return statements;
    }

    /** A right option when {@code truth} (or when every option is right), else a wrong one. */
    private static String option(List<Option> options, List<String> right, boolean truth, RandomGenerator random) {
        List<String> wrong = options.stream().map(Option::id).filter(id -> !right.contains(id)).toList();
        List<String> pool = truth || wrong.isEmpty() ? right : wrong;
        return pool.get(random.nextInt(pool.size()));
    }
}
