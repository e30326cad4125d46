package org.recall.deck;

import java.util.List;
import java.util.Objects;

/**
 * A question as sent to the browser before the student submits: it deliberately has no
 * component for the correct option or the explanation, so no serializer can leak them.
 */
public record PublicQuestion(String id, String prompt, List<Option> options) {

    public PublicQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        options = List.copyOf(options);
    }
}
