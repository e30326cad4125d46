package org.recall.quiz;

import org.recall.deck.Deck;
import org.recall.deck.Option;
import org.recall.deck.Question;
import org.recall.deck.SingleChoice;

/** Refuses an answer naming a question the attempt does not have, or an option its question does not have. */
public final class AnswerCheck {

    private AnswerCheck() {
    }

    /**
     * @param field the name of the input to report, e.g. {@code questionId} or {@code answers.q1}
     */
    public static void check(Deck deck, Attempt attempt, String questionId, String optionId, String questionField,
            String optionField) {
        Question question = attempt.questionIds().contains(questionId) ? deck.question(questionId).orElse(null) : null;
        if (question == null) {
            throw new QuizRefusal(QuizRefusal.Reason.UNKNOWN_QUESTION, questionField);
        }
        if (!(question instanceof SingleChoice choice)
                || choice.options().stream().map(Option::id).noneMatch(id -> id.equals(optionId))) {
            throw new QuizRefusal(QuizRefusal.Reason.UNKNOWN_OPTION, optionField);
        }
    }
}
