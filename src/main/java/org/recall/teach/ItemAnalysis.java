package org.recall.teach;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recall.deck.Deck;
import org.recall.deck.MatchPair;
import org.recall.deck.Matching;
import org.recall.deck.MultipleAnswer;
import org.recall.deck.Question;
import org.recall.deck.QuestionType;
import org.recall.deck.SingleChoice;
import org.recall.deck.TrueFalse;

/**
 * How a class answered each question of a deck, over submitted attempts: the mean credit (partial credit
 * counts: 0.5 of a matching question is half right; an unanswered question earns 0), how many attempts
 * got full and partial credit, and the wrong answers given: each wrong option with how many attempts
 * chose it (single choice, multiple answer, true/false), each pair with how many matched it wrongly
 * (matching), the most frequent wrong texts or numbers typed (short answer, numeric).
 */
public final class ItemAnalysis {

    /** Typed wrong answers listed per question, most frequent first. */
    static final int MOST_TYPED = 5;

    /** One stored answer of a submitted attempt: its JSON (docs/study-api.md) and the credit it earned. */
    public record Answer(long attemptId, String questionId, JsonValue response, double credit) {
    }

    /**
     * A wrong answer and how many attempts gave it.
     *
     * @param optionId the option, {@code true}/{@code false}, or the pair; null for a typed answer
     */
    public record WrongOption(String optionId, String text, int chosen) {
    }

    /**
     * @param attempts   submitted attempts that were given this question
     * @param correct    of those, how many earned full credit
     * @param partial    of those, how many earned some credit but not all
     * @param unanswered of those, how many left it blank
     * @param credit     the credit earned over those attempts, summed
     */
    public record Item(String questionId, QuestionType type, String prompt, int attempts, int correct, int partial,
            int unanswered, double credit, List<WrongOption> wrongOptions) {

        public Item {
            wrongOptions = List.copyOf(wrongOptions);
        }

        /** Mean credit in percent, rounded to one decimal; 0 when nobody was given the question. */
        public double percentCorrect() {
            return attempts == 0 ? 0 : Math.round(1000.0 * credit / attempts) / 10.0;
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
            int partial = 0;
            int blank = 0;
            double credit = 0;
            var wrong = new ArrayList<Answer>();
            for (var attempt : questionsByAttempt.entrySet()) {
                if (!attempt.getValue().contains(q.id())) {
                    continue;
                }
                given++;
                Answer a = byAttemptAndQuestion.get(attempt.getKey() + "/" + q.id());
                if (a == null) {
                    blank++;
                    continue;
                }
                credit += a.credit();
                if (a.credit() >= 1) {
                    right++;
                } else {
                    partial += a.credit() > 0 ? 1 : 0;
                    wrong.add(a);
                }
            }
            items.add(new Item(q.id(), q.type(), q.prompt(), given, right, partial, blank, credit, wrongOptions(q, wrong)));
        }
        return items;
    }

    private static List<WrongOption> wrongOptions(Question question, List<Answer> wrong) {
        var counts = new LinkedHashMap<String, Integer>();
        for (Answer a : wrong) {
            for (String chosen : chosen(question, a.response())) {
                counts.merge(chosen, 1, Integer::sum);
            }
        }
        var list = new ArrayList<WrongOption>();
        if (question instanceof SingleChoice q) {
            q.options().stream().filter(o -> !q.isCorrect(o.id()))
                    .forEach(o -> list.add(new WrongOption(o.id(), o.text(), counts.getOrDefault(o.id(), 0))));
        } else if (question instanceof MultipleAnswer q) {
            q.options().stream().filter(o -> !q.correctOptionIds().contains(o.id()))
                    .forEach(o -> list.add(new WrongOption(o.id(), o.text(), counts.getOrDefault(o.id(), 0))));
        } else if (question instanceof TrueFalse q) {
            String id = Boolean.toString(!q.correct());
            list.add(new WrongOption(id, id, counts.getOrDefault(id, 0)));
        } else if (question instanceof Matching q) {
            q.pairs().forEach(p -> list.add(new WrongOption(p.id(), p.prompt(), counts.getOrDefault(p.id(), 0))));
        } else {
            counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                    .limit(MOST_TYPED).forEach(e -> list.add(new WrongOption(null, e.getKey(), e.getValue())));
        }
        return list;
    }

    /** What a wrong answer chose: option ids, "true"/"false", the pairs matched wrongly, or the text typed. */
    private static List<String> chosen(Question question, JsonValue response) {
        if (question instanceof Matching q) {
            var pairs = new ArrayList<String>();
            for (MatchPair pair : q.pairs()) {
                JsonValue picked = response.getValueType() == JsonValue.ValueType.OBJECT
                        ? response.asJsonObject().get(pair.id()) : null;
                if (picked instanceof JsonString s && !s.getString().equals(pair.answer())) {
                    pairs.add(pair.id());
                }
            }
            return pairs;
        }
        return switch (response.getValueType()) {
            case STRING -> List.of(((JsonString) response).getString().strip());
            case ARRAY -> response.asJsonArray().stream().filter(JsonString.class::isInstance)
                    .map(v -> ((JsonString) v).getString()).toList();
            default -> List.of(response.toString());
        };
    }
}
