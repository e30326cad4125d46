package org.recall.web.decks;

import org.recall.web.BodyRefused;
import org.recall.web.ClientError;
import org.recall.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.recall.deck.CsvDeck;
import org.recall.deck.DeckAuthor;
import org.recall.deck.Deck;
import org.recall.deck.DeckFormat;
import org.recall.deck.DeckRefused;
import org.recall.deck.DeckVersion;
import org.recall.deck.Decks;
import org.recall.deck.formats.DeckFileFormat;
import org.recall.deck.formats.DeckImport;
import org.recall.deck.formats.ImportedDeck;

/**
 * The body of a deck upload ({@code POST /api/admin/decks}, {@code POST /api/instructor/decks}): a deck in
 * the JSON format, the CSV form, or a file teachers already have (Moodle XML, GIFT, Anki text export,
 * Quizlet lines; id and title then come as query parameters), its format named by {@code ?format=} or found
 * from the Content-Type and the first bytes ({@link DeckFileFormat}). Refused with 413 past 1 MiB before
 * anything is parsed, with 415 when the format cannot be told, with 400 and every error when the deck breaks
 * the format, with 409 when its id is taken; stored as the id's next version otherwise (201), the answer
 * listing the questions the import skipped and what it changed.
 */
public final class DeckUploadRequest {

    static final String TOO_LARGE = "The deck is larger than the limit of 1 MiB (" + DeckFormat.MAX_DOCUMENT_BYTES + " bytes).";
    static final String WRONG_TYPE = "Recall could not tell the format of this file: name it with ?format=json, csv,"
            + " moodle-xml, gift, anki or tsv (or send application/json, text/csv or application/xml).";

    private DeckUploadRequest() {
    }

    /** What an upload's answer ({@link #store}) stored, for the audit log: {@code deck <id> version <n>}. */
    public static String target(Response stored) {
        var json = org.recall.web.JsonBody.object((String) stored.getEntity());
        return "deck " + json.getString("id") + " version " + json.getInt("version");
    }

    /** The stored deck's title and size, for the audit log. */
    public static String describe(Response stored) {
        var json = org.recall.web.JsonBody.object((String) stored.getEntity());
        return "\"" + json.getString("title") + "\": " + json.getInt("cards") + " cards, " + json.getInt("questions")
                + " questions, " + json.getInt("explainPrompts") + " explain prompts";
    }

    /**
     * Reads, checks and stores the upload; answers 201 with the stored version.
     *
     * @param format the {@code ?format=} parameter; null to tell it from the Content-Type and the file
     */
    public static Response store(Decks decks, String contentType, String contentLength, InputStream body, String format,
            CsvDeck.Parameters csvParameters, DeckAuthor author) {
        if (declaredTooLarge(contentLength)) {
            throw new ClientError(413, TOO_LARGE);
        }
        DeckFileFormat named = format == null || format.isBlank() ? null : DeckFileFormat.fromParameter(format)
                .orElseThrow(() -> ClientError.badRequest("format", "format " + DeckFileFormat.UNKNOWN + "."));
        byte[] bytes = read(body);
        DeckFileFormat fileFormat = named != null ? named : DeckFileFormat.detect(mediaType(contentType), bytes)
                .orElseThrow(() -> new ClientError(415, WRONG_TYPE));
        ImportedDeck imported = DeckImport.read(fileFormat, bytes, csvParameters, "upload");
        Deck deck = imported.deck();
        DeckVersion stored;
        try {
            stored = decks.upload(deck, author);
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
                .add("format", fileFormat.parameter())
                .add("skipped", skipped(imported))
                .add("notes", notes(imported))
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

    /** {@code type/subtype} in lower case, or null when absent or unreadable (the file's bytes decide then). */
    private static String mediaType(String contentType) {
        try {
            MediaType type = contentType == null ? null : MediaType.valueOf(contentType);
            return type == null ? null : (type.getType() + "/" + type.getSubtype()).toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static JsonArrayBuilder skipped(ImportedDeck imported) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        imported.skipped().forEach(s -> list.add(Json.createObjectBuilder().add("where", s.where()).add("name", s.name())
                .add("type", s.type())));
        return list;
    }

    private static JsonArrayBuilder notes(ImportedDeck imported) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        imported.notes().forEach(n -> list.add(Json.createObjectBuilder().add("where", n.where()).add("note", n.text())));
        return list;
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
