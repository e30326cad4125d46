package org.recall.deck;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
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

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SUFFIX_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    /**
     * A new id for a deck titled {@code title}: its words in ASCII ("Équations du 2ᵉ degré" gives
     * {@code equations-du-2e-degre}), at most 40 characters, then a random 6-character suffix so that two
     * teachers' "Week 1" decks never collide.
     */
    public static DeckId fresh(String title) {
        String words = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        words = words.length() > 40 ? words.substring(0, 40) : words;
        words = words.replaceAll("^-+|-+$", "");
        StringBuilder id = new StringBuilder(words.isEmpty() ? "deck" : words).append('-');
        for (int i = 0; i < 6; i++) {
            id.append(SUFFIX_ALPHABET.charAt(RANDOM.nextInt(SUFFIX_ALPHABET.length())));
        }
        return new DeckId(id.toString());
    }

    public static boolean isValid(String value) {
        return value != null && PATTERN.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
