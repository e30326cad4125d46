package org.recall.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recall.deck.Deck;
import org.recall.deck.Question;
import org.recall.deck.SingleChoice;

/**
 * Grades single-choice answers on the server: each question is worth the same share of the maximum
 * score, an unanswered question counts as wrong, and the score is rounded to hundredths.
 */
public final class Grader {

    private Grader() {
    }

    /**
     * @param questionIds the attempt's questions; each must be in the deck
     * @param answers     the chosen option per question id (unknown ids were refused before)
     */
    public static GradedAttempt grade(Deck deck, List<String> questionIds, Map<String, String> answers, double maxScore) {
        var outcomes = new ArrayList<QuestionOutcome>();
        int correct = 0;
        for (String questionId : questionIds) {
            Question question = deck.question(questionId)
                    .orElseThrow(() -> new IllegalStateException("question " + questionId + " not in deck " + deck.id()));
            String chosen = answers.get(questionId);
            boolean right = chosen != null && question instanceof SingleChoice choice && choice.isCorrect(chosen);
            correct += right ? 1 : 0;
            outcomes.add(new QuestionOutcome(question, chosen, right));
        }
        double score = questionIds.isEmpty() ? 0 : Math.round(maxScore * correct / questionIds.size() * 100) / 100.0;
        return new GradedAttempt(outcomes, correct, score, maxScore);
    }

    /** The maximum score of an attempt: the activity's points when graded, else one point per question. */
    public static double maxScore(Integer points, int questionCount) {
        return points != null && points > 0 ? points : questionCount;
    }
}
