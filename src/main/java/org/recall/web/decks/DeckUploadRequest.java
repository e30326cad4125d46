package org.recall.web.decks;

import org.recall.web.BodyRefused;
import org.recall.web.ClientError;
import org.recall.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.recall.deck.CsvDeck;
import org.recall.deck.Deck;
import org.recall.deck.DeckFormat;
import org.recall.deck.DeckLoader;
import org.recall.deck.DeckRefused;
import org.recall.deck.DeckVersion;
import org.recall.deck.Decks;

/**
 * The body of a deck upload ({@code POST /api/admin/decks}, {@code POST /api/instructor/decks}): a deck
 * in the JSON format ({@code application/json}) or the CSV form ({@code text/csv}, with the deck's id and
 * title as query parameters). Refused with 413 past 1 MiB before anything is parsed, with 400 and every
 * error when the deck breaks the format, with 409 when its id is taken; stored as the id's next version
 * otherwise (201).
 */
public final class DeckUploadRequest {

    static final String TOO_LARGE = "The deck is larger than the limit of 1 MiB (" + DeckFormat.MAX_DOCUMENT_BYTES + " bytes).";
    static final String WRONG_TYPE = "Upload a deck as application/json (the deck format) or text/csv (the CSV form).";

    private DeckUploadRequest() {
    }

    /** Reads, checks and stores the upload; answers 201 with the stored version. */
    public static Response store(Decks decks, String contentType, String contentLength, InputStream body,
            CsvDeck.Parameters csvParameters, String owner, String uploadedBy) {
        if (declaredTooLarge(contentLength)) {
            throw new ClientError(413, TOO_LARGE);
        }
        MediaType type = mediaType(contentType);
        byte[] bytes = read(body);
        Deck deck;
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            try {
                deck = new DeckLoader().load(new ByteArrayInputStream(bytes), "upload");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        } else {
            deck = CsvDeck.read(bytes, csvParameters, "upload");
        }
        DeckVersion stored;
        try {
            stored = decks.upload(deck, owner, uploadedBy);
        } catch (DeckRefused e) {
            throw new ClientError(409, e.getMessage(), "id");
        }
        String json = Json.createObjectBuilder()
                .add("id", stored.id().value())
                .add("version", stored.version())
                .add("title", stored.title())
                .add("status", stored.status().name())
                .add("cards", deck.cards().size())
                .add("questions", deck.questions().size())
                .add("explainPrompts", deck.explainPrompts().size())
                .build().toString();
        return Response.created(URI.create("/api/decks/" + stored.id().value())).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(json).build();
    }

    private static boolean declaredTooLarge(String contentLength) {
        try {
            return contentLength != null && Long.parseLong(contentLength.trim()) > DeckFormat.MAX_DOCUMENT_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static MediaType mediaType(String contentType) {
        try {
            MediaType type = contentType == null ? null : MediaType.valueOf(contentType);
            if (type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                    || (type.getType().equals("text") && type.getSubtype().equals("csv")))) {
                return type;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new ClientError(415, WRONG_TYPE);
    }

    /** At most 1 MiB + 1 byte is ever read, whatever the client declared. */
    private static byte[] read(InputStream body) {
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(DeckFormat.MAX_DOCUMENT_BYTES + 1);
            if (bytes.length > DeckFormat.MAX_DOCUMENT_BYTES) {
                throw new ClientError(413, TOO_LARGE);
            }
            return bytes;
        } catch (BodyRefused e) {
            throw new ClientError(e.status(), e.getMessage());
        } catch (IOException e) {
            throw ClientError.badRequest(null, "The upload could not be read to its end.");
        }
    }
}
