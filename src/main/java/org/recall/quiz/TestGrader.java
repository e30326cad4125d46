package org.recall.quiz;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recall.deck.Deck;

/**
 * Grades a Practice test on the server: a question item earns the credit its type's
 * {@link QuestionGrader} gives, a card item 1 when {@link TypedAnswer} accepts the typed back, else 0.
 * Each item is worth the same share of the maximum score; the score is rounded to hundredths.
 */
public final class TestGrader {

    /** How one item went: the answer (null when unanswered) and its credit, 0 to 1. */
    public record ItemOutcome(TestItem item, JsonValue answer, double credit) {
        public boolean correct() {
            return credit >= 1;
        }
    }

    /** The graded attempt: per-item outcomes, the credit summed, the score out of {@code maxScore}. */
    public record GradedTest(List<ItemOutcome> outcomes, double credit, double score, double maxScore) {
        public int percent() {
            return outcomes.isEmpty() ? 0 : (int) Math.round(100.0 * credit / outcomes.size());
        }

        public boolean passes(int passPercent) {
            return !outcomes.isEmpty() && 100.0 * credit / outcomes.size() >= passPercent - 1e-9;
        }
    }

    private TestGrader() {
    }

    public static GradedTest grade(Deck deck, List<String> itemIds, Map<String, JsonValue> answers, double maxScore) {
        var outcomes = new ArrayList<ItemOutcome>();
        double credit = 0;
        for (String id : itemIds) {
            TestItem item = TestItem.of(deck, id).orElseThrow(() -> new IllegalStateException("item " + id + " not in deck"));
            JsonValue answer = answers.get(id);
            double earned;
            if (answer == null) {
                earned = 0;
            } else if (item.question() != null) {
                earned = QuestionGrader.creditOf(item.question(), AnswerReader.stored(item.question(), answer.toString()));
            } else {
                earned = answer instanceof JsonString typed && TypedAnswer.accepts(typed.getString(), item.expectedText(deck))
                        ? 1 : 0;
            }
            credit += earned;
            outcomes.add(new ItemOutcome(item, answer, earned));
        }
        double score = itemIds.isEmpty() ? 0 : Math.round(maxScore * credit / itemIds.size() * 100) / 100.0;
        return new GradedTest(outcomes, credit, score, maxScore);
    }
}
