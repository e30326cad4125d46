package org.recall.web;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.recall.json.Json;

/**
 * Reads a request body as one JSON object, refusing what is not one, and reads its fields: optional
 * ones as {@link Optional}, required ones by name. Every refusal is a {@link ClientError} naming the
 * field. At most {@link #MAX_BYTES} are read, whatever the client claims.
 */
public final class JsonBody {

    /** The largest JSON body Recall reads (64 KiB). */
    public static final int MAX_BYTES = 64 * 1024;

    private JsonBody() {
    }

    /** The body as a JSON object, reading at most {@link #MAX_BYTES} + 1 bytes of the stream. */
    public static JsonObject read(InputStream body) {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
        } catch (BodyRefused e) {
            throw new ClientError(e.status(), e.getMessage());
        } catch (IOException e) {
            throw ClientError.badRequest(null, "The request body could not be read.");
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        return parse(new String(bytes, StandardCharsets.UTF_8));
    }

    /** A body the container already read as text, as a JSON object. */
    public static JsonObject object(String body) {
        if (body != null && body.length() > MAX_BYTES) {
            throw tooLarge();
        }
        return parse(body);
    }

    private static JsonObject parse(String text) {
        if (text == null || text.isBlank()) {
            throw ClientError.badRequest(null, "The request body must be a JSON object.");
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonParsingException e) {
            throw ClientError.badRequest(null, "The request body is not valid JSON.");
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw ClientError.badRequest(null, "The request body must be a JSON object.");
        } catch (RuntimeException e) {
            // The parser refuses input nested over 1,000 levels with a plain RuntimeException (Parsson's depth limit).
            throw ClientError.badRequest(null, "The request body is not valid JSON (nested too deeply).");
        }
    }

    private static ClientError tooLarge() {
        return new ClientError(413, "The request body is larger than 64 KiB.");
    }

    /** A string field, trimmed; empty when absent, null or blank; 400 when not a string or too long. */
    public static Optional<String> text(JsonObject json, String field, int maxLength) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString string)) {
            throw ClientError.badRequest(field, "Field '" + field + "' must be a string.");
        }
        String text = string.getString().trim();
        if (text.length() > maxLength) {
            throw tooLong(field, maxLength);
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A string field that must be present and non-empty, as sent (not trimmed). */
    public static String requiredText(JsonObject json, String field, int maxLength) {
        if (!(json.get(field) instanceof JsonString string) || string.getString().isEmpty()) {
            throw ClientError.badRequest(field, "Field '" + field + "' is required and must be a non-empty string.");
        }
        if (string.getString().length() > maxLength) {
            throw tooLong(field, maxLength);
        }
        return string.getString();
    }

    private static ClientError tooLong(String field, int maxLength) {
        return ClientError.badRequest(field, "Field '" + field + "' is longer than " + maxLength + " characters.");
    }

    /** A whole number in [min, max]; empty when absent or null; 400 otherwise. */
    public static Optional<Integer> integer(JsonObject json, String field, int min, int max) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            long n = number.longValue();
            if (n >= min && n <= max) {
                return Optional.of((int) n);
            }
        }
        throw ClientError.badRequest(field, "Field '" + field + "' must be a whole number from " + min + " to " + max + ".");
    }

    /** true or false; empty when absent or null; 400 otherwise. */
    public static Optional<Boolean> flag(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return Optional.of(value == JsonValue.TRUE);
        }
        throw ClientError.badRequest(field, "Field '" + field + "' must be true or false.");
    }

    /** true or false, required. */
    public static boolean requiredFlag(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw ClientError.badRequest(field, "Field '" + field + "' is required and must be true or false.");
    }

    /** A nested JSON object, required. */
    public static JsonObject requiredObject(JsonObject json, String field) {
        if (!(json.get(field) instanceof JsonObject object)) {
            throw ClientError.badRequest(field, "Field '" + field + "' is required and must be a JSON object.");
        }
        return object;
    }
}
