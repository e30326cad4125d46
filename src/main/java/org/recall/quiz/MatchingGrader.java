package org.recall.quiz;

import org.recall.deck.MatchPair;
import org.recall.deck.Matching;

/**
 * Matching: the share of pairs whose prompt got its answer (Moodle's matching question grades each
 * subquestion the same way). A prompt left unmatched counts as wrong. Two pairs may share an answer text;
 * the text is what is compared.
 */
public final class MatchingGrader implements QuestionGrader<Matching> {

    @Override
    public double credit(Matching question, Answer answer) {
        if (!(answer instanceof Answer.Matches matches)) {
            return 0;
        }
        long right = question.pairs().stream()
                .filter((MatchPair pair) -> pair.answer().equals(matches.choiceByPair().get(pair.id()))).count();
        return (double) right / question.pairs().size();
    }
}
