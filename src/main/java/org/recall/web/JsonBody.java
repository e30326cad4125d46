package org.recall.web;

import org.recall.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;

/** Reads a JSON object request body and its fields, refusing with a {@link ClientError} that names the field. */
public final class JsonBody {

    public static final int MAX_BODY = 64 * 1024;

    private JsonBody() {
    }

    public static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw ClientError.badRequest(null, "The request body must be a JSON object.");
        }
        if (body.length() > MAX_BODY) {
            throw new ClientError(413, "The request body is larger than 64 KiB.");
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw ClientError.badRequest(null, "The request body must be a JSON object.");
        }
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
            throw ClientError.badRequest(field, "Field '" + field + "' is longer than " + maxLength + " characters.");
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
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
}
