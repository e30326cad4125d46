package org.recall.web.study;

import org.recall.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.recall.web.ClientError;

/**
 * Reads a request body as one JSON object, refusing what is not one, and reads its fields naming the
 * first one missing or wrong. At most {@link #MAX_BYTES} are read, whatever the client claims.
 */
final class JsonBody {

    /** The largest body the study API reads (64 KiB). */
    static final int MAX_BYTES = 64 * 1024;

    private JsonBody() {
    }

    static JsonObject read(InputStream body) {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw ClientError.badRequest(null, "The request body could not be read.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ClientError(413, "The request body is larger than 64 KiB.");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw ClientError.badRequest(null, "The request body must be a JSON object.");
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonParsingException e) {
            throw ClientError.badRequest(null, "The request body is not valid JSON.");
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw ClientError.badRequest(null, "The request body must be a JSON object.");
        }
    }

    static String text(JsonObject json, String field, int maxLength) {
        if (!(json.get(field) instanceof JsonString string) || string.getString().isEmpty()) {
            throw ClientError.badRequest(field, "Field '" + field + "' is required and must be a non-empty string.");
        }
        if (string.getString().length() > maxLength) {
            throw ClientError.badRequest(field, "Field '" + field + "' is longer than " + maxLength + " characters.");
        }
        return string.getString();
    }

    static boolean bool(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw ClientError.badRequest(field, "Field '" + field + "' is required and must be true or false.");
    }

    static JsonObject object(JsonObject json, String field) {
        if (!(json.get(field) instanceof JsonObject object)) {
            throw ClientError.badRequest(field, "Field '" + field + "' is required and must be a JSON object.");
        }
        return object;
    }
}
