package org.recall.deck;

import java.util.Objects;

/** One pair of a matching question: the student matches {@code prompt} with {@code answer}. */
public record MatchPair(String id, String prompt, String answer) {

    public MatchPair {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(answer, "answer");
    }
}
