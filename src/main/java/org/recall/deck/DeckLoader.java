package org.recall.deck;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Loads a deck from a JSON document, enforcing every rule of deck.schema.json and the rules a
 * schema cannot state (a question's correctOptionId names one of its options; ids are unique).
 * Either returns a complete deck or throws {@link DeckFormatException} with all the errors found.
 */
public final class DeckLoader {

    /** Duplicate keys are rejected (JSON-P 2.1 KeyStrategy.NONE): RFC 8259 §4 leaves their meaning open. */
    private final JsonReaderFactory readers =
            Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

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
        return new DeckReader(errors).read(parse(json, source)).orElseThrow(() -> {
            errors.throwIfAny();
            return new IllegalStateException("Deck " + source + " not read, yet no error recorded");
        });
    }

    private JsonValue parse(String json, String source) {
        try (JsonReader reader = readers.createReader(new StringReader(json))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw single(source, DeckErrorReason.malformedJson(at.getLineNumber(), at.getColumnNumber()));
        } catch (JsonException e) {
            throw single(source, DeckErrorReason.NOT_JSON);
        }
    }

    private static DeckFormatException single(String source, String reason) {
        return new DeckFormatException(List.of(new DeckError(source, "$", reason)));
    }
}
