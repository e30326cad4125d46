package org.recall.quiz;

import org.recall.deck.TrueFalse;

/** True/false: 1 when the answer is the statement's truth. */
public final class TrueFalseGrader implements QuestionGrader<TrueFalse> {

    @Override
    public double credit(TrueFalse question, Answer answer) {
        return answer instanceof Answer.Truth truth && truth.value() == question.correct() ? 1 : 0;
    }
}
