package org.recall.quiz;

/**
 * A submitted attempt as its student may see it. {@code showAnswers} says whether the correct options
 * and explanations of {@code grading} may be shown now ({@link AnswerVisibility}); the web layer writes
 * them only then.
 */
public record QuizResult(Attempt attempt, GradedAttempt grading, boolean passed, boolean showAnswers,
        GradebookStatus gradebook) {
}
