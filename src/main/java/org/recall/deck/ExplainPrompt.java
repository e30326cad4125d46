package org.recall.deck;

import java.util.List;
import java.util.Objects;

/**
 * An open "explain" prompt: the student writes an answer, may ask for the hint, and ticks which
 * of the key concepts it covered ("You got N/4 concepts").
 */
public record ExplainPrompt(String id, String prompt, String hint, List<String> keyConcepts) {

    public ExplainPrompt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(hint, "hint");
        keyConcepts = List.copyOf(keyConcepts);
    }
}
