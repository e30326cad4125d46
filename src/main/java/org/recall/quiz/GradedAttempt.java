package org.recall.quiz;

import java.util.List;

/** An attempt's answers graded against the deck: per-question outcomes and the score out of {@code maxScore}. */
public record GradedAttempt(List<QuestionOutcome> outcomes, int correctCount, double score, double maxScore) {

    public GradedAttempt {
        outcomes = List.copyOf(outcomes);
    }

    /** The share of questions answered right, in whole percent (half up). */
    public int percent() {
        return outcomes.isEmpty() ? 0 : (int) Math.round(100.0 * correctCount / outcomes.size());
    }

    public boolean passes(int passPercent) {
        return outcomes.isEmpty() ? false : 100.0 * correctCount / outcomes.size() >= passPercent;
    }
}
