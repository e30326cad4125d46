package org.recall.deck;

import java.util.List;
import java.util.Objects;

/**
 * A question as sent to the browser before the student submits: it deliberately has no component
 * for the key or the explanation, so no serializer can leak them.
 *
 * @param options      single choice and multiple answer: the options; empty for other types
 * @param matchPrompts matching: each pair's id and prompt; empty for other types
 * @param matchChoices matching: the answers to pick from (Matching#choices), never paired with a prompt
 */
public record PublicQuestion(String id, QuestionType type, String prompt, List<Option> options,
        List<Option> matchPrompts, List<String> matchChoices) {

    public PublicQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(prompt, "prompt");
        options = List.copyOf(options);
        matchPrompts = List.copyOf(matchPrompts);
        matchChoices = List.copyOf(matchChoices);
    }

    static PublicQuestion withOptions(String id, QuestionType type, String prompt, List<Option> options) {
        return new PublicQuestion(id, type, prompt, options, List.of(), List.of());
    }

    static PublicQuestion plain(String id, QuestionType type, String prompt) {
        return new PublicQuestion(id, type, prompt, List.of(), List.of(), List.of());
    }
}
