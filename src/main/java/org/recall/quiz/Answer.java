package org.recall.quiz;

import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.recall.json.Json;

/**
 * A student's answer to one question, of the form its type takes (docs/study-api.md, "Answers"). Read and
 * checked against the question by {@link AnswerReader}; stored as its {@link #json()} in
 * {@code quiz_answer.response}; graded by the {@link QuestionGrader} of the question's type.
 */
public sealed interface Answer {

    /** The answer as the study API takes it and the database stores it. */
    JsonValue json();

    /** Single choice: the option chosen. */
    record Choice(String optionId) implements Answer {
        @Override
        public JsonValue json() {
            return Json.createValue(optionId);
        }
    }

    /** Multiple answer: the options ticked, in the question's order (none ticked is an answer too). */
    record Choices(List<String> optionIds) implements Answer {
        public Choices {
            optionIds = List.copyOf(optionIds);
        }

        @Override
        public JsonValue json() {
            var array = Json.createArrayBuilder();
            optionIds.forEach(array::add);
            return array.build();
        }
    }

    /** True/false. */
    record Truth(boolean value) implements Answer {
        @Override
        public JsonValue json() {
            return value ? JsonValue.TRUE : JsonValue.FALSE;
        }
    }

    /** Short answer: the text as typed (graded after normalising, see {@link ShortAnswerGrader}). */
    record Text(String text) implements Answer {
        @Override
        public JsonValue json() {
            return Json.createValue(text);
        }
    }

    /** Numeric: the number typed, decimal point or comma read the same. */
    record Number(BigDecimal value) implements Answer {
        @Override
        public JsonValue json() {
            return Json.createValue(value);
        }
    }

    /** Matching: the choice (answer text) picked for each pair id, in the question's pair order; some may be missing. */
    record Matches(Map<String, String> choiceByPair) implements Answer {
        public Matches {
            choiceByPair = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(choiceByPair));
        }

        @Override
        public JsonValue json() {
            var object = Json.createObjectBuilder();
            choiceByPair.forEach(object::add);
            return object.build();
        }
    }
}
