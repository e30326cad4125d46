package org.recall.deck;

import java.util.Objects;

/** A recall card: the student reads the prompt, recalls, then reveals the answer. */
public record Card(String id, String prompt, String answer, Level level, Labels labels) {

    public Card {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(level, "level");
        labels = labels == null ? Labels.NONE : labels;
    }

    public Card(String id, String prompt, String answer, Level level) {
        this(id, prompt, answer, level, Labels.NONE);
    }
}
