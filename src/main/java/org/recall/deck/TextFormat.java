package org.recall.deck;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a deck's prompts, answers, option texts, explanations and hints are written: plain text (the
 * default, shown as typed), or HTML restricted to {@link HtmlSubset} (what a Moodle question bank holds).
 */
public enum TextFormat {
    PLAIN("plain"),
    HTML("html");

    private final String jsonName;

    TextFormat(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Optional<TextFormat> fromJsonName(String name) {
        return Arrays.stream(values()).filter(format -> format.jsonName.equals(name)).findFirst();
    }
}
