package org.recall.quiz;

import org.recall.deck.MultipleAnswer;

/**
 * Multiple answer, Moodle's default partial credit for "multiple answers allowed" (each correct choice
 * worth 1/n of the mark, each wrong one -1/n, the total never below 0): with n correct options, each
 * correct option ticked adds 1/n, each wrong option ticked takes 1/n away, and the sum is at least 0.
 * Ticking everything therefore earns (n - wrong options) / n at most, often 0.
 */
public final class MultipleAnswerGrader implements QuestionGrader<MultipleAnswer> {

    @Override
    public double credit(MultipleAnswer question, Answer answer) {
        if (!(answer instanceof Answer.Choices choices)) {
            return 0;
        }
        int n = question.correctOptionIds().size();
        long right = choices.optionIds().stream().filter(question.correctOptionIds()::contains).count();
        long wrong = choices.optionIds().size() - right;
        return Math.max(0, (double) (right - wrong) / n);
    }
}
