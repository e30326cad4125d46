package org.recall.quiz;

import jakarta.json.JsonValue;
import org.recall.deck.Deck;
import org.recall.deck.Question;

/** Refuses an answer naming a question the attempt does not have, or not of the form its question takes. */
public final class AnswerCheck {

    private AnswerCheck() {
    }

    /**
     * @param questionField the name of the input to report for an unknown question, e.g. {@code questionId}
     * @param answerField   the name of the input to report for a bad answer, e.g. {@code answers.q1}
     * @return the answer read for its question's type
     */
    public static Answer check(Deck deck, Attempt attempt, String questionId, JsonValue answer, String questionField,
            String answerField) {
        Question question = attempt.questionIds().contains(questionId) ? deck.question(questionId).orElse(null) : null;
        if (question == null) {
            throw new QuizRefusal(QuizRefusal.Reason.UNKNOWN_QUESTION, questionField);
        }
        return AnswerReader.read(question, answer, answerField);
    }
}
