package org.recall.deck;

import org.recall.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Parses one JSON text (RFC 8259 §2), stricter than JsonReader: content after the value is an
 * error (Parsson's JsonReader ignores it) and so is a repeated key, whose meaning RFC 8259 §4
 * leaves open (JSON-P's KEY_STRATEGY is not honoured by every implementation, nor with a path).
 */
final class JsonText {

    /** An object (its keys so far, the current one) or an array (index of its current item) being read. */
    private static final class Frame {
        final Set<String> keys = new HashSet<>();
        final String path;
        final boolean array;
        String key;
        int index = -1;

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }

        String childPath() {
            return array ? path + "[" + index + "]" : JsonFields.member(path, key);
        }
    }

    private JsonText() {
    }

    /** The value, or empty with the syntax error or the repeated keys recorded. */
    static Optional<JsonValue> parse(String json, DeckErrorList errors) {
        boolean keysUnique = true;
        Deque<Frame> frames = new ArrayDeque<>();
        if (json.isBlank()) {
            errors.add("$", DeckErrorReason.NOT_JSON);
            return Optional.empty();
        }
        try (JsonParser parser = Json.createParser(new StringReader(json))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                Frame parent = frames.peek();
                if (parent != null && parent.array && event != JsonParser.Event.END_ARRAY) {
                    parent.index++;
                }
                switch (event) {
                    case START_OBJECT -> frames.push(new Frame(parent == null ? "$" : parent.childPath(), false));
                    case START_ARRAY -> frames.push(new Frame(parent == null ? "$" : parent.childPath(), true));
                    case END_OBJECT, END_ARRAY -> frames.pop();
                    case KEY_NAME -> {
                        parent.key = parser.getString();
                        if (!parent.keys.add(parent.key)) {
                            errors.add(parent.childPath(), DeckErrorReason.REPEATED_KEY);
                            keysUnique = false;
                        }
                    }
                    default -> { }
                }
            }
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            errors.add("$", DeckErrorReason.malformedJson(at.getLineNumber(), at.getColumnNumber()));
            return Optional.empty();
        } catch (RuntimeException e) {
            // JsonException, and the parser's plain RuntimeException past its nesting limit (1,000 levels).
            errors.add("$", DeckErrorReason.NOT_JSON);
            return Optional.empty();
        }
        // Well-formed, so reading it again as a tree cannot fail.
        return keysUnique ? Optional.of(Json.createReader(new StringReader(json)).readValue()) : Optional.empty();
    }
}
