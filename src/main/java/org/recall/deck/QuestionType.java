package org.recall.deck;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of quiz question a deck may hold, by their name in the deck format's {@code type} field.
 * A question without {@code type} is single choice: every deck written before the other types existed.
 */
public enum QuestionType {
    SINGLE_CHOICE("single-choice"),
    MULTIPLE_ANSWER("multiple-answer"),
    TRUE_FALSE("true-false"),
    SHORT_ANSWER("short-answer"),
    NUMERIC("numeric"),
    MATCHING("matching");

    private final String jsonName;

    QuestionType(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in the deck format ("multiple-answer"). */
    public String jsonName() {
        return jsonName;
    }

    public static Optional<QuestionType> fromJsonName(String name) {
        return Arrays.stream(values()).filter(type -> type.jsonName.equals(name)).findFirst();
    }
}
