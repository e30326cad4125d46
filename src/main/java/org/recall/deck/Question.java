package org.recall.deck;

/**
 * A quiz question, graded on the server (org.recall.quiz). Its key (correct options, accepted answers,
 * value, pairs) and explanation never leave the server before the student submits: the browser gets
 * {@link #publicView()}, which has no component for them.
 */
public sealed interface Question permits SingleChoice, MultipleAnswer, TrueFalse, ShortAnswer, Numeric, Matching {

    String id();

    QuestionType type();

    String prompt();

    /** Shown with the result when the activity shows answers; null when the question has none. */
    String explanation();

    Labels labels();

    /** This question as the student sees it before submitting. */
    PublicQuestion publicView();
}
