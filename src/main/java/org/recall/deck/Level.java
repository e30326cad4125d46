package org.recall.deck;

import java.util.Arrays;
import java.util.Optional;

/** How hard a card is, as the seed labels it ("beginner", "intermediate"). */
public enum Level {
    BEGINNER("beginner"),
    INTERMEDIATE("intermediate"),
    ADVANCED("advanced");

    private final String jsonName;

    Level(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in the deck format. */
    public String jsonName() {
        return jsonName;
    }

    public static Optional<Level> fromJsonName(String name) {
        return Arrays.stream(values()).filter(level -> level.jsonName.equals(name)).findFirst();
    }
}
