package org.recall.deck.formats;

import jakarta.json.JsonValue;
import java.util.Map;
import org.recall.deck.DeckFormat;
import org.recall.json.Json;

/**
 * What an import takes from the upload's query parameters rather than the file (as the CSV form does,
 * docs/deck-format.md): the deck's id, title, description, minutes and language.
 */
final class DeckParameters {

    private static final Map<String, String> BY_FIELD = Map.of("id", "parameter id", "title", "parameter title",
            "description", "parameter description", "estimatedMinutes", "parameter minutes",
            "language", "parameter language");

    private DeckParameters() {
    }

    /** The minutes given, or half a minute per card (rounded up) and one per question or prompt, within 1-600. */
    static JsonValue minutes(String given, int cards, int questions) {
        if (given != null && !given.isBlank()) {
            try {
                return Json.createValue(Integer.parseInt(given.strip()));
            } catch (NumberFormatException e) {
                return Json.createValue(given); // the loader reports it at "parameter minutes"
            }
        }
        int estimate = (cards + 1) / 2 + questions;
        return Json.createValue(Math.max(DeckFormat.MIN_MINUTES, Math.min(DeckFormat.MAX_MINUTES, estimate)));
    }

    /** {@code parameter title} for {@code $.title}; null for other paths. */
    static String parameterOf(String path) {
        return path.startsWith("$.") ? BY_FIELD.get(path.substring(2)) : null;
    }
}
