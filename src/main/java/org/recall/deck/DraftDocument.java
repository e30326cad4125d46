package org.recall.deck;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.recall.json.Json;

/**
 * The document of a draft: a JSON object in the deck format as far as the teacher got, without an id (the
 * draft's deck gives it one). Checked with {@link DeckLoader}, the loader uploads go through, so the editor
 * shows the very errors a publication would meet, by JSON path ({@code $.questions[2].options}).
 */
public final class DraftDocument {

    /** The id a new deck's draft is checked under until it is published and gets its own. */
    static final DeckId UNPUBLISHED = new DeckId("unpublished-draft");
    static final String SOURCE = "draft";

    private DraftDocument() {
    }

    /** A new deck: no title yet, nothing in it, in the teacher's language. */
    public static JsonObject starter(String language) {
        return Json.createObjectBuilder().add("title", "").add("estimatedMinutes", 5)
                .add("language", language != null && DeckFormat.LANGUAGE.matcher(language).matches()
                        ? language : DeckFormat.DEFAULT_LANGUAGE)
                .add("cards", Json.createArrayBuilder()).add("questions", Json.createArrayBuilder())
                .add("explainPrompts", Json.createArrayBuilder()).build();
    }

    /** A stored deck as a draft: its whole document, answer key included, without its id. */
    public static JsonObject of(Deck deck) {
        return Json.createObjectBuilder(DeckDocument.json(deck)).remove("id").build();
    }

    /** A copy of a deck under a new title. */
    public static JsonObject copyOf(Deck deck, String title) {
        return Json.createObjectBuilder(of(deck)).add("title", title).build();
    }

    /** The document's title when it has one as a string, else "". */
    public static String title(JsonObject document) {
        return document.get("title") instanceof JsonString title ? title.getString() : "";
    }

    /** Whether the document, as stored, fits the format's size limit. */
    public static boolean fits(String document) {
        return document.getBytes(StandardCharsets.UTF_8).length <= DeckFormat.MAX_DOCUMENT_BYTES;
    }

    /** Every rule the document breaks, as a publication would report them; empty when it would publish. */
    public static List<DeckError> errors(JsonObject document, DeckId id) {
        try {
            load(document, id);
            return List.of();
        } catch (DeckFormatException e) {
            return e.errors();
        }
    }

    /**
     * The deck the document describes, under {@code id} (null: a new deck's placeholder id).
     *
     * @throws DeckFormatException with every error when it breaks the format
     */
    public static Deck load(JsonObject document, DeckId id) {
        JsonObject withId = Json.createObjectBuilder(document).add("id", (id == null ? UNPUBLISHED : id).value()).build();
        return new DeckLoader().load(withId.toString(), SOURCE);
    }
}
