package org.recall.quiz;

import java.util.List;

/**
 * An attempt's answers graded against the deck: per-question outcomes, how many earned full credit, the
 * credit summed over questions (partial credit included), and the score out of {@code maxScore}.
 */
public record GradedAttempt(List<QuestionOutcome> outcomes, int correctCount, double credit, double score,
        double maxScore) {

    public GradedAttempt {
        outcomes = List.copyOf(outcomes);
    }

    /** The share of the attempt's credit earned, in whole percent (half up). */
    public int percent() {
        return outcomes.isEmpty() ? 0 : (int) Math.round(100.0 * credit / outcomes.size());
    }

    public boolean passes(int passPercent) {
        return !outcomes.isEmpty() && 100.0 * credit / outcomes.size() >= passPercent - 1e-9;
    }
}
