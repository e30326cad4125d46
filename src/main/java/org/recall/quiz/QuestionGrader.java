package org.recall.quiz;

import org.recall.deck.Matching;
import org.recall.deck.MultipleAnswer;
import org.recall.deck.Numeric;
import org.recall.deck.Question;
import org.recall.deck.ShortAnswer;
import org.recall.deck.SingleChoice;
import org.recall.deck.TrueFalse;

/**
 * Grades one answer to one question of its type: a credit from 0 (wrong) to 1 (right), partial in
 * between (multiple answer, matching). The one place grading rules live: the quiz ({@link Grader}), and
 * any mode that mixes question types, call {@link #creditOf(Question, Answer)}.
 *
 * @param <Q> the question type graded
 */
public interface QuestionGrader<Q extends Question> {

    /**
     * @param answer read by {@link AnswerReader} for this question, or null when unanswered (credit 0)
     */
    double credit(Q question, Answer answer);

    /** The credit of {@code answer} by the grader of the question's type. */
    static double creditOf(Question question, Answer answer) {
        if (answer == null) {
            return 0;
        }
        if (question instanceof SingleChoice q) {
            return new SingleChoiceGrader().credit(q, answer);
        }
        if (question instanceof MultipleAnswer q) {
            return new MultipleAnswerGrader().credit(q, answer);
        }
        if (question instanceof TrueFalse q) {
            return new TrueFalseGrader().credit(q, answer);
        }
        if (question instanceof ShortAnswer q) {
            return new ShortAnswerGrader().credit(q, answer);
        }
        if (question instanceof Numeric q) {
            return new NumericGrader().credit(q, answer);
        }
        return new MatchingGrader().credit((Matching) question, answer);
    }
}
