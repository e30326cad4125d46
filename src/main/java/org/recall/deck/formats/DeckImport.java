package org.recall.deck.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.recall.deck.CsvDeck;
import org.recall.deck.DeckError;
import org.recall.deck.DeckErrorReason;
import org.recall.deck.DeckFormatException;
import org.recall.deck.DeckLoader;

/** Reads an uploaded file of any {@link DeckFileFormat} into a deck, or throws every error found. */
public final class DeckImport {

    private DeckImport() {
    }

    /** @throws DeckFormatException with every error, at its line or question name; nothing is stored then */
    public static ImportedDeck read(DeckFileFormat format, byte[] bytes, CsvDeck.Parameters parameters, String source) {
        switch (format) {
            case JSON -> {
                try {
                    return new ImportedDeck(new DeckLoader().load(new ByteArrayInputStream(bytes), source), List.of(),
                            List.of());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case CSV -> {
                return new ImportedDeck(CsvDeck.read(bytes, parameters, source), List.of(), List.of());
            }
            case MOODLE_XML -> {
                return MoodleXmlImport.read(bytes, parameters, source);
            }
            default -> {
                String text = utf8(bytes, source);
                return switch (format) {
                    case GIFT -> GiftImport.read(text, parameters, source);
                    case ANKI -> AnkiImport.anki(text, parameters, source);
                    default -> AnkiImport.quizlet(text, parameters, source);
                };
            }
        }
    }

    /** UTF-8 text without its byte order mark; malformed bytes are an error, not replaced. */
    static String utf8(byte[] bytes, String source) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new DeckFormatException(List.of(new DeckError(source, DeckDraft.FILE, DeckErrorReason.NOT_UTF8)));
        }
    }
}
