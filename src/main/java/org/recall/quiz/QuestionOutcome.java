package org.recall.quiz;

import org.recall.deck.Question;

/**
 * How one question of an attempt went.
 *
 * @param answer null when unanswered
 * @param credit from 0 to 1 ({@link QuestionGrader})
 */
public record QuestionOutcome(Question question, Answer answer, double credit) {

    /** Full credit. */
    public boolean correct() {
        return credit >= 1;
    }
}
