package org.recall.quiz;

import org.recall.deck.Question;

/** How one question of an attempt went: the option chosen (null when unanswered) and whether it was right. */
public record QuestionOutcome(Question question, String chosenOptionId, boolean correct) {
}
