package org.recall.web.teach;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.recall.deck.DeckFormat;
import org.recall.deck.DraftDocument;
import org.recall.json.Json;
import org.recall.web.BodyRefused;
import org.recall.web.ClientError;
import org.recall.web.JsonBody;

/**
 * The body of a draft save ({@code PUT /api/instructor/drafts/{id}}): {@code {"revision", "document"}}, the
 * revision the teacher's changes were made on and the whole document. A deck may reach 1 MiB, so the body
 * may be larger than {@link JsonBody}'s 64 KiB; it is still read no further than the limit (413 beyond).
 */
record DraftSave(int revision, JsonObject document, String text) {

    static final int MAX_BODY_BYTES = DeckFormat.MAX_DOCUMENT_BYTES + 1024;
    static final String TOO_LARGE = "The deck is larger than the limit of 1 MiB.";

    static DraftSave read(InputStream body) {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(MAX_BODY_BYTES + 1);
        } catch (BodyRefused e) {
            throw new ClientError(e.status(), e.getMessage());
        } catch (IOException e) {
            throw ClientError.badRequest(null, "The request body could not be read.");
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ClientError(413, TOO_LARGE, "document");
        }
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw ClientError.badRequest(null, "The request body must be a JSON object.");
        }
        int revision = JsonBody.integer(json, "revision", 1, Integer.MAX_VALUE)
                .orElseThrow(() -> ClientError.badRequest("revision", "Name the revision this save was made on."));
        JsonObject document = JsonBody.requiredObject(json, "document");
        String text = document.toString();
        if (!DraftDocument.fits(text)) {
            throw new ClientError(413, TOO_LARGE, "document");
        }
        return new DraftSave(revision, document, text);
    }
}
