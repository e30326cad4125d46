package org.recall.quiz;

import org.recall.deck.Numeric;

/**
 * Numeric: 1 when |answer - value| is at most the tolerance (both ends of the range included, as Moodle's
 * nominal tolerance), else 0. Decimal arithmetic: 0.1 + 0.2 is 0.3 here, as the student expects.
 */
public final class NumericGrader implements QuestionGrader<Numeric> {

    @Override
    public double credit(Numeric question, Answer answer) {
        return answer instanceof Answer.Number number
                && number.value().subtract(question.value()).abs().compareTo(question.tolerance()) <= 0 ? 1 : 0;
    }
}
