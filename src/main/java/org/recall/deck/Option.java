package org.recall.deck;

import java.util.Objects;

/** One choice of a single-choice question; its id ("a".."f") is unique within the question. */
public record Option(String id, String text) {

    public Option {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
