package org.recall.web.study;

import jakarta.json.JsonObjectBuilder;
import org.recall.deck.Matching;
import org.recall.deck.MultipleAnswer;
import org.recall.deck.Numeric;
import org.recall.deck.Question;
import org.recall.deck.ShortAnswer;
import org.recall.deck.SingleChoice;
import org.recall.deck.TrueFalse;
import org.recall.json.Json;

/**
 * The key of a question in a quiz result, written only when the activity shows answers
 * (docs/study-api.md, "A quiz result"): {@code correctAnswer} in the form an answer takes, plus
 * {@code correctOptionId} (single choice, as before other types), {@code acceptedAnswers} (short answer)
 * and {@code tolerance} (numeric).
 */
final class AnswerKeyJson {

    private AnswerKeyJson() {
    }

    static void add(JsonObjectBuilder json, Question question) {
        if (question instanceof SingleChoice q) {
            json.add("correctAnswer", q.correctOptionId()).add("correctOptionId", q.correctOptionId());
        } else if (question instanceof MultipleAnswer q) {
            var ids = Json.createArrayBuilder();
            q.correctOptionIds().forEach(ids::add);
            json.add("correctAnswer", ids);
        } else if (question instanceof TrueFalse q) {
            json.add("correctAnswer", q.correct());
        } else if (question instanceof ShortAnswer q) {
            var accepted = Json.createArrayBuilder();
            q.acceptedAnswers().forEach(accepted::add);
            json.add("correctAnswer", q.acceptedAnswers().get(0)).add("acceptedAnswers", accepted);
        } else if (question instanceof Numeric q) {
            json.add("correctAnswer", q.value()).add("tolerance", q.tolerance());
        } else if (question instanceof Matching q) {
            var pairs = Json.createObjectBuilder();
            q.pairs().forEach(pair -> pairs.add(pair.id(), pair.answer()));
            json.add("correctAnswer", pairs);
        }
    }
}
