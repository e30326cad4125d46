package org.recall.deck.formats;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.recall.deck.Deck;
import org.recall.deck.DeckDocument;

/** The formats a deck is exported in ({@code GET /api/decks/{id}/export?format=}), answer key included. */
public enum DeckExport {
    MOODLE_XML("moodle-xml", "application/xml; charset=UTF-8", "xml"),
    GIFT("gift", "text/plain; charset=UTF-8", "gift.txt"),
    JSON("json", "application/json; charset=UTF-8", "json");

    public static final String UNKNOWN = "must be one of moodle-xml, gift, json";

    private final String parameter;
    private final String mediaType;
    private final String extension;

    DeckExport(String parameter, String mediaType, String extension) {
        this.parameter = parameter;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public static Optional<DeckExport> fromParameter(String name) {
        return name == null ? Optional.empty()
                : Arrays.stream(values()).filter(f -> f.parameter.equals(name.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public String mediaType() {
        return mediaType;
    }

    /** {@code mlops-vs-devops-v3.xml} */
    public String fileName(Deck deck, Integer version) {
        return deck.id().value() + (version == null ? "" : "-v" + version) + "." + extension;
    }

    public String write(Deck deck) {
        return switch (this) {
            case MOODLE_XML -> MoodleXmlExport.write(deck);
            case GIFT -> GiftExport.write(deck);
            case JSON -> DeckDocument.of(deck);
        };
    }
}
