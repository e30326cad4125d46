package org.recall.deck;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.recall.json.Json;

/**
 * Cards, questions and explain prompts as JSON in the field names of the deck format. A question is
 * written either with its key ({@link #question(Question)}: stored documents, exports, SCORM packages) or
 * from its {@link PublicQuestion} (what a study page gets), which has no key to write.
 */
final class ItemJson {

    private ItemJson() {
    }

    static JsonObjectBuilder card(Card card) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", card.id()).add("prompt", card.prompt())
                .add("answer", card.answer()).add("level", card.level().jsonName());
        return labels(json, card.labels());
    }

    /** The whole question, key and explanation included. Single choice is written without {@code type}. */
    static JsonObjectBuilder question(Question question) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", question.id());
        if (question.type() != QuestionType.SINGLE_CHOICE) {
            json.add("type", question.type().jsonName());
        }
        json.add("prompt", question.prompt());
        if (question instanceof SingleChoice q) {
            json.add("options", options(q.options())).add("correctOptionId", q.correctOptionId());
        } else if (question instanceof MultipleAnswer q) {
            json.add("options", options(q.options())).add("correctOptionIds", strings(q.correctOptionIds()));
        } else if (question instanceof TrueFalse q) {
            json.add("correct", q.correct());
        } else if (question instanceof ShortAnswer q) {
            json.add("acceptedAnswers", strings(q.acceptedAnswers()));
            if (q.caseSensitive()) {
                json.add("caseSensitive", true);
            }
        } else if (question instanceof Numeric q) {
            json.add("value", q.value());
            if (q.tolerance().signum() != 0) {
                json.add("tolerance", q.tolerance());
            }
        } else if (question instanceof Matching q) {
            JsonArrayBuilder pairs = Json.createArrayBuilder();
            q.pairs().forEach(p -> pairs.add(Json.createObjectBuilder().add("id", p.id())
                    .add("prompt", p.prompt()).add("answer", p.answer())));
            json.add("pairs", pairs);
            if (!q.distractors().isEmpty()) {
                json.add("distractors", strings(q.distractors()));
            }
        }
        if (question.explanation() != null) {
            json.add("explanation", question.explanation());
        }
        return labels(json, question.labels());
    }

    /**
     * A question as a study page gets it: {@code id, type, prompt}, the options of a choice question, the
     * prompts ({@code [{id, text}]}) and choices ({@code [text]}) of a matching question. No key.
     */
    static JsonObjectBuilder publicQuestion(PublicQuestion question) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", question.id())
                .add("type", question.type().jsonName()).add("prompt", question.prompt());
        if (question.type() == QuestionType.SINGLE_CHOICE || question.type() == QuestionType.MULTIPLE_ANSWER) {
            json.add("options", options(question.options()));
        }
        if (question.type() == QuestionType.MATCHING) {
            json.add("prompts", options(question.matchPrompts())).add("choices", strings(question.matchChoices()));
        }
        return json;
    }

    static JsonObjectBuilder explain(ExplainPrompt prompt) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", prompt.id()).add("prompt", prompt.prompt());
        if (prompt.hint() != null) {
            json.add("hint", prompt.hint());
        }
        return json.add("keyConcepts", strings(prompt.keyConcepts()));
    }

    static JsonArrayBuilder options(List<Option> options) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        options.forEach(o -> list.add(Json.createObjectBuilder().add("id", o.id()).add("text", o.text())));
        return list;
    }

    static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        values.forEach(list::add);
        return list;
    }

    private static JsonObjectBuilder labels(JsonObjectBuilder json, Labels labels) {
        if (labels.section() != null) {
            json.add("section", labels.section());
        }
        if (!labels.tags().isEmpty()) {
            json.add("tags", strings(labels.tags()));
        }
        return json;
    }
}
