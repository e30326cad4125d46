package org.recall.deck;

import java.util.List;
import java.util.Objects;

/**
 * An open "explain" prompt: the student writes an answer, may ask for the hint, and ticks which
 * of the key concepts it covered ("You got N/4 concepts"). An essay question imported from Moodle or
 * GIFT becomes one without hint or concepts: the student writes, the instructor reviews.
 *
 * @param hint null when the prompt has none
 * @param keyConcepts none to {@value DeckFormat#MAX_KEY_CONCEPTS}
 */
public record ExplainPrompt(String id, String prompt, String hint, List<String> keyConcepts) {

    public ExplainPrompt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        keyConcepts = List.copyOf(keyConcepts);
    }
}
