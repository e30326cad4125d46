package org.recall.deck;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of a deck, e.g. {@code mlops-vs-devops}: 3 to 64 lowercase letters, digits or
 * hyphens. It appears in URLs, LTI custom parameters and SCORM package names, hence the narrow
 * alphabet (no escaping needed anywhere).
 */
public record DeckId(String value) {

    /** The same pattern as {@code $.id} in deck.schema.json. */
    public static final Pattern PATTERN = Pattern.compile("[a-z0-9-]{3,64}");

    public DeckId {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a deck id (" + DeckErrorReason.BAD_DECK_ID + "): " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && PATTERN.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
