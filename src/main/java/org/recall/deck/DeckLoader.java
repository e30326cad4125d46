package org.recall.deck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loads a deck from a JSON document, enforcing every rule of deck.schema.json and the rules a
 * schema cannot state (a question's correctOptionId names one of its options; ids are unique).
 * Either returns a complete deck or throws {@link DeckFormatException} with all the errors found.
 */
public final class DeckLoader {

    /** Reads at most {@link DeckFormat#MAX_DOCUMENT_BYTES} + 1 bytes; does not close the stream. */
    public Deck load(InputStream document, String source) throws IOException {
        byte[] bytes = document.readNBytes(DeckFormat.MAX_DOCUMENT_BYTES + 1);
        if (bytes.length > DeckFormat.MAX_DOCUMENT_BYTES) {
            throw single(source, DeckErrorReason.TOO_LARGE);
        }
        String text;
        try {
            // RFC 8259 §8.1: JSON exchanged between systems must be UTF-8. A decoder that reports
            // malformed input, unlike new String(bytes, UTF_8), which would silently replace it.
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw single(source, DeckErrorReason.NOT_UTF8);
        }
        return load(text, source);
    }

    public Deck load(String document, String source) {
        if (document.length() > DeckFormat.MAX_DOCUMENT_BYTES
                || document.getBytes(StandardCharsets.UTF_8).length > DeckFormat.MAX_DOCUMENT_BYTES) {
            throw single(source, DeckErrorReason.TOO_LARGE);
        }
        // RFC 8259 §8.1 lets a parser ignore a byte order mark; editors on Windows add one.
        String json = document.startsWith("\uFEFF") ? document.substring(1) : document;
        DeckErrorList errors = new DeckErrorList(source);
        return JsonText.parse(json, errors).flatMap(new DeckReader(errors)::read).orElseThrow(() -> {
            errors.throwIfAny();
            return new IllegalStateException("Deck " + source + " not read, yet no error recorded");
        });
    }

    private static DeckFormatException single(String source, String reason) {
        return new DeckFormatException(List.of(new DeckError(source, "$", reason)));
    }
}
