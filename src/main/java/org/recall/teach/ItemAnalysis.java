package org.recall.teach;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recall.deck.Deck;
import org.recall.deck.Option;
import org.recall.deck.Question;
import org.recall.deck.SingleChoice;

/**
 * How a class answered each question of a deck, over submitted attempts: the share of attempts that
 * got it right (an unanswered question counts as not right) and how often each wrong option was chosen.
 */
public final class ItemAnalysis {

    /** One stored answer of a submitted attempt. */
    public record Answer(long attemptId, String questionId, String optionId, boolean correct) {
    }

    /** A wrong option and how many attempts chose it. */
    public record WrongOption(String optionId, String text, int chosen) {
    }

    /**
     * @param attempts     submitted attempts that were given this question
     * @param correct      of those, how many answered it right
     * @param unanswered   of those, how many left it blank
     */
    public record Item(String questionId, String prompt, int attempts, int correct, int unanswered,
            List<WrongOption> wrongOptions) {

        public Item {
            wrongOptions = List.copyOf(wrongOptions);
        }

        /** Percent right, rounded to one decimal; 0 when nobody was given the question. */
        public double percentCorrect() {
            return attempts == 0 ? 0 : Math.round(1000.0 * correct / attempts) / 10.0;
        }
    }

    private ItemAnalysis() {
    }

    /**
     * @param questionsByAttempt for each submitted attempt, the question ids it was given
     * @param answers            the stored answers of those attempts
     */
    public static List<Item> of(Deck deck, Map<Long, List<String>> questionsByAttempt, List<Answer> answers) {
        var byAttemptAndQuestion = new LinkedHashMap<String, Answer>();
        answers.forEach(a -> byAttemptAndQuestion.put(a.attemptId() + "/" + a.questionId(), a));
        var items = new ArrayList<Item>();
        for (Question q : deck.questions()) {
            int given = 0;
            int right = 0;
            int blank = 0;
            var chosen = new LinkedHashMap<String, Integer>();
            for (var attempt : questionsByAttempt.entrySet()) {
                if (!attempt.getValue().contains(q.id())) {
                    continue;
                }
                given++;
                Answer a = byAttemptAndQuestion.get(attempt.getKey() + "/" + q.id());
                if (a == null) {
                    blank++;
                } else if (a.correct()) {
                    right++;
                } else {
                    chosen.merge(a.optionId(), 1, Integer::sum);
                }
            }
            var wrong = new ArrayList<WrongOption>();
            for (Option o : q instanceof SingleChoice choice ? choice.options() : List.<Option>of()) {
                if (!o.id().equals(((SingleChoice) q).correctOptionId())) {
                    wrong.add(new WrongOption(o.id(), o.text(), chosen.getOrDefault(o.id(), 0)));
                }
            }
            items.add(new Item(q.id(), q.prompt(), given, right, blank, wrong));
        }
        return items;
    }
}
