package org.recall.deck;

import java.util.Objects;

/**
 * One choice of a single-choice or multiple-answer question ("a".."j", unique within the question);
 * also a matching question's prompt as the student sees it (the pair's id and prompt).
 */
public record Option(String id, String text) {

    public Option {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
