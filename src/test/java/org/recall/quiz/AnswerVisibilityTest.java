package org.recall.quiz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.recall.activity.ShowAnswers;

class AnswerVisibilityTest {

    @Test
    void afterEachAttemptAlwaysShows() {
        assertTrue(AnswerVisibility.showsAnswers(ShowAnswers.AFTER_EACH_ATTEMPT, 3, 1));
        assertTrue(AnswerVisibility.showsAnswers(ShowAnswers.AFTER_EACH_ATTEMPT, null, 1));
    }

    @Test
    void afterLastAttemptShowsOnlyOnceNoneAreLeft() {
        assertFalse(AnswerVisibility.showsAnswers(ShowAnswers.AFTER_LAST_ATTEMPT, 2, 1));
        assertTrue(AnswerVisibility.showsAnswers(ShowAnswers.AFTER_LAST_ATTEMPT, 2, 2));
        assertFalse(AnswerVisibility.showsAnswers(ShowAnswers.AFTER_LAST_ATTEMPT, null, 50), "unlimited: no last attempt");
    }

    @Test
    void neverShowsNever() {
        assertFalse(AnswerVisibility.showsAnswers(ShowAnswers.NEVER, 1, 1));
    }
}
