package org.recall.quiz;

import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recall.deck.Deck;
import org.recall.deck.Question;

/**
 * Grades an attempt on the server: each question is worth the same share of the maximum score and earns
 * the credit its type's {@link QuestionGrader} gives (0 to 1); an unanswered question earns 0, and the
 * score is rounded to hundredths.
 */
public final class Grader {

    private Grader() {
    }

    /**
     * @param questionIds the attempt's questions; each must be in the deck
     * @param answers     the answer per question id, as the study API took it (checked when it was taken)
     */
    public static GradedAttempt grade(Deck deck, List<String> questionIds, Map<String, JsonValue> answers,
            double maxScore) {
        var outcomes = new ArrayList<QuestionOutcome>();
        int correct = 0;
        double credit = 0;
        for (String questionId : questionIds) {
            Question question = deck.question(questionId)
                    .orElseThrow(() -> new IllegalStateException("question " + questionId + " not in deck " + deck.id()));
            JsonValue json = answers.get(questionId);
            Answer answer = json == null ? null : AnswerReader.stored(question, json.toString());
            QuestionOutcome outcome = new QuestionOutcome(question, answer, QuestionGrader.creditOf(question, answer));
            correct += outcome.correct() ? 1 : 0;
            credit += outcome.credit();
            outcomes.add(outcome);
        }
        double score = questionIds.isEmpty() ? 0 : Math.round(maxScore * credit / questionIds.size() * 100) / 100.0;
        return new GradedAttempt(outcomes, correct, credit, score, maxScore);
    }

    /** The maximum score of an attempt: the activity's points when graded, else one point per question. */
    public static double maxScore(Integer points, int questionCount) {
        return points != null && points > 0 ? points : questionCount;
    }
}
