package org.recall.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.recall.deck.Card;
import org.recall.deck.Deck;
import org.recall.deck.Question;
import org.recall.deck.QuestionType;

/**
 * Draws the items of a Practice test: one question of every type the deck holds and one card first (as
 * the length allows), then any of the deck's questions and cards, in a random order: a test that mixes
 * every question type of the deck with typed answers from its cards.
 */
public final class TestPaper {

    public static final int MAX_LENGTH = 50;

    private TestPaper() {
    }

    /** How many items a test of this deck may have: every question and card, at most {@value #MAX_LENGTH}. */
    public static int maxLength(Deck deck) {
        return Math.min(MAX_LENGTH, deck.questions().size() + deck.cards().size());
    }

    public static List<String> draw(Deck deck, int length, RandomGenerator random) {
        if (length < 1 || length > maxLength(deck)) {
            throw new IllegalArgumentException("test length out of 1.." + maxLength(deck) + ": " + length);
        }
        Random shuffler = new Random(random.nextLong());
        var byType = new LinkedHashMap<QuestionType, List<Question>>();
        deck.questions().forEach(q -> byType.computeIfAbsent(q.type(), k -> new ArrayList<>()).add(q));
        var first = new ArrayList<String>();
        byType.values().forEach(questions -> first.add(TestItem.idOf(questions.get(random.nextInt(questions.size())))));
        Collections.shuffle(first, shuffler);
        if (!deck.cards().isEmpty()) {
            Card card = deck.cards().get(random.nextInt(deck.cards().size()));
            first.add(Math.min(first.size(), random.nextInt(first.size() + 1)), TestItem.idOf(card));
        }
        var rest = new ArrayList<String>();
        deck.questions().forEach(q -> rest.add(TestItem.idOf(q)));
        deck.cards().forEach(c -> rest.add(TestItem.idOf(c)));
        Collections.shuffle(rest, shuffler);
        var items = new LinkedHashSet<String>();
        for (String id : first) {
            if (items.size() < length) {
                items.add(id);
            }
        }
        for (String id : rest) {
            if (items.size() < length) {
                items.add(id);
            }
        }
        var paper = new ArrayList<>(items);
        Collections.shuffle(paper, shuffler);
        return paper;
    }
}
