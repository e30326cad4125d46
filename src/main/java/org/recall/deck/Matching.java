package org.recall.deck;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A matching question: for each pair's prompt the student picks an answer among all the pairs' answers
 * and the distractors (wrong answers that match no prompt, as Moodle's empty subquestions). Two pairs may
 * share an answer ("Dog: mammal", "Cat: mammal"); the student is offered each answer once.
 */
public record Matching(String id, String prompt, List<MatchPair> pairs, List<String> distractors, String explanation,
        Labels labels) implements Question {

    public Matching {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        pairs = List.copyOf(pairs);
        distractors = List.copyOf(distractors);
        labels = labels == null ? Labels.NONE : labels;
    }

    @Override
    public QuestionType type() {
        return QuestionType.MATCHING;
    }

    /**
     * Every answer the student may pick, each once, in Unicode code point order: an order that says
     * nothing about which prompt an answer belongs to. Delivery shuffles it.
     */
    public List<String> choices() {
        TreeSet<String> choices = new TreeSet<>();
        pairs.forEach(pair -> choices.add(pair.answer()));
        choices.addAll(distractors);
        return List.copyOf(choices);
    }

    @Override
    public PublicQuestion publicView() {
        return new PublicQuestion(id, type(), prompt, List.of(),
                pairs.stream().map(pair -> new Option(pair.id(), pair.prompt())).toList(), choices());
    }
}
