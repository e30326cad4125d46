package org.recall.quiz;

import org.recall.activity.ShowAnswers;

/**
 * Whether a submitted attempt's result may show the correct options and explanations now
 * (docs/study-api.md, "A quiz result"). Open attempts never show them: callers ask only for submitted ones.
 */
public final class AnswerVisibility {

    private AnswerVisibility() {
    }

    /**
     * @param attemptsAllowed null for unlimited attempts: "after the last attempt" then never comes
     * @param attemptsUsed    submitted attempts of the student, this one included
     */
    public static boolean showsAnswers(ShowAnswers rule, Integer attemptsAllowed, int attemptsUsed) {
        return switch (rule) {
            case AFTER_EACH_ATTEMPT -> true;
            case AFTER_LAST_ATTEMPT -> attemptsAllowed != null && attemptsUsed >= attemptsAllowed;
            case NEVER -> false;
        };
    }
}
