package org.recall.activity;

/** When a student sees the correct options and explanations of a quiz. */
public enum ShowAnswers {
    AFTER_EACH_ATTEMPT, AFTER_LAST_ATTEMPT, NEVER
}
