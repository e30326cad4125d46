package org.recall.quiz;

import org.recall.deck.SingleChoice;

/** Single choice: 1 for the correct option, else 0. */
public final class SingleChoiceGrader implements QuestionGrader<SingleChoice> {

    @Override
    public double credit(SingleChoice question, Answer answer) {
        return answer instanceof Answer.Choice choice && question.isCorrect(choice.optionId()) ? 1 : 0;
    }
}
