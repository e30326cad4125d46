package org.recall.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recall.deck.Deck;
import org.recall.deck.Decks;

/** Grading against the seed deck, whose correct options are q1 a, q2 c, q3 b, q4 a, q5 d. */
class GraderTest {

    static final Deck SEED = new Decks().find(Decks.DEFAULT).orElseThrow();
    static final List<String> QUESTIONS = List.of("q1", "q2", "q3", "q4", "q5");

    @Test
    void threeRightOfFiveIsSixOutOfTen() {
        GradedAttempt graded = Grader.grade(SEED, QUESTIONS, QuizSubmissionTest.choices("q1", "a", "q2", "c", "q3", "b", "q4", "b", "q5", "a"), 10);
        assertEquals(3, graded.correctCount());
        assertEquals(6.0, graded.score());
        assertEquals(60, graded.percent());
        assertTrue(graded.passes(60));
        assertFalse(graded.passes(61));
        assertEquals(List.of(true, true, true, false, false), graded.outcomes().stream().map(QuestionOutcome::correct).toList());
    }

    @Test
    void unansweredQuestionsCountAsWrong() {
        GradedAttempt graded = Grader.grade(SEED, QUESTIONS, QuizSubmissionTest.choices("q5", "d"), 5);
        assertEquals(1, graded.correctCount());
        assertEquals(1.0, graded.score());
        assertNull(graded.outcomes().get(0).answer());
    }

    @Test
    void scoresAreRoundedToHundredthsAndFollowTheShuffledOrder() {
        GradedAttempt graded = Grader.grade(SEED, List.of("q3", "q1", "q2"), QuizSubmissionTest.choices("q1", "a"), 10);
        assertEquals(3.33, graded.score());
        assertEquals(List.of("q3", "q1", "q2"), graded.outcomes().stream().map(o -> o.question().id()).toList());
    }

    @Test
    void maxScoreIsThePointsOrOnePerQuestion() {
        assertEquals(10.0, Grader.maxScore(10, 5));
        assertEquals(5.0, Grader.maxScore(null, 5));
    }
}
