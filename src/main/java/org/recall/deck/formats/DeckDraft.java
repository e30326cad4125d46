package org.recall.deck.formats;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recall.deck.CsvDeck;
import org.recall.deck.Deck;
import org.recall.deck.DeckError;
import org.recall.deck.DeckErrorReason;
import org.recall.deck.DeckFormat;
import org.recall.deck.DeckFormatException;
import org.recall.deck.DeckLoader;
import org.recall.deck.TextFormat;
import org.recall.json.Json;

/**
 * The deck an import is building: items in the JSON deck format, each with where it came from in the file
 * ({@code line 12, question "Capitals"}), and the problems, skipped questions and notes found on the way.
 * {@link #build} loads the document with {@link DeckLoader} and reports the loader's errors at those
 * places, together with the importer's own: either a whole deck or every error (nothing is stored then).
 */
final class DeckDraft {

    /** Items read at most from one file (cards, questions, explain prompts and skipped questions together). */
    static final int MAX_ITEMS = DeckFormat.MAX_CARDS + DeckFormat.MAX_QUESTIONS + DeckFormat.MAX_EXPLAIN_PROMPTS + 250;
    static final String TOO_MANY_ITEMS = "the file holds more than " + MAX_ITEMS + " questions and cards; Recall reads"
            + " at most " + DeckFormat.MAX_CARDS + " cards, " + DeckFormat.MAX_QUESTIONS + " questions and "
            + DeckFormat.MAX_EXPLAIN_PROMPTS + " explain prompts per deck: split the file";
    static final String FILE = "file";

    private static final Pattern ITEM_PATH = Pattern.compile("\\$\\.(cards|questions|explainPrompts)\\[(\\d+)](?:\\.(.*))?");
    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,32}");

    private final String source;
    private final TextFormat textFormat;
    private final List<DeckError> errors = new ArrayList<>();
    private final List<ImportedDeck.Skipped> skipped = new ArrayList<>();
    private final List<ImportedDeck.Note> notes = new ArrayList<>();
    private final JsonArrayBuilder cards = Json.createArrayBuilder();
    private final JsonArrayBuilder questions = Json.createArrayBuilder();
    private final JsonArrayBuilder explainPrompts = Json.createArrayBuilder();
    private final List<String> cardOrigins = new ArrayList<>();
    private final List<String> questionOrigins = new ArrayList<>();
    private final List<String> promptOrigins = new ArrayList<>();
    private final Set<String> questionIds = new HashSet<>();
    private int items;

    DeckDraft(String source, TextFormat textFormat) {
        this.source = source;
        this.textFormat = textFormat;
    }

    TextFormat textFormat() {
        return textFormat;
    }

    /** True once the file has more items than an import reads: the importer stops there. */
    boolean full() {
        return items > MAX_ITEMS;
    }

    private boolean count() {
        items++;
        if (items == MAX_ITEMS + 1) {
            error(FILE, TOO_MANY_ITEMS);
        }
        return items <= MAX_ITEMS;
    }

    void card(JsonObjectBuilder card, String origin) {
        if (count()) {
            cardOrigins.add(origin);
            cards.add(card.add("id", "c" + cardOrigins.size()));
        }
    }

    /** @param wantedId the file's own id for the question (a Moodle idnumber), used when it is a free item id */
    void question(JsonObjectBuilder question, String origin, String wantedId) {
        if (!count()) {
            return;
        }
        questionOrigins.add(origin);
        String id = wantedId != null && ID.matcher(wantedId).matches() && !questionIds.contains(wantedId) ? wantedId : null;
        for (int n = questionOrigins.size(); id == null; n++) {
            id = questionIds.contains("q" + n) ? null : "q" + n;
        }
        questionIds.add(id);
        questions.add(question.add("id", id));
    }

    void explainPrompt(JsonObjectBuilder prompt, String origin) {
        if (count()) {
            promptOrigins.add(origin);
            explainPrompts.add(prompt.add("id", "e" + promptOrigins.size()));
        }
    }

    List<DeckError> errors() {
        return List.copyOf(errors);
    }

    void error(String where, String reason) {
        errors.add(new DeckError(source, where, reason));
    }

    void skip(String where, String name, String type) {
        if (count()) {
            skipped.add(new ImportedDeck.Skipped(where, name, type));
        }
    }

    void note(String where, String text) {
        ImportedDeck.Note note = new ImportedDeck.Note(where, text);
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    /** A file that cannot be read at all (not well-formed, a DTD): this error alone. */
    DeckFormatException unreadable(String where, String reason) {
        return new DeckFormatException(List.of(new DeckError(source, where, reason)));
    }

    /** @throws DeckFormatException with the importer's errors and the loader's, at their places in the file */
    ImportedDeck build(CsvDeck.Parameters parameters) {
        JsonObjectBuilder deck = Json.createObjectBuilder();
        put(deck, "id", parameters.id());
        put(deck, "title", parameters.title());
        put(deck, "description", parameters.description());
        put(deck, "language", parameters.language());
        deck.add("estimatedMinutes", DeckParameters.minutes(parameters.minutes(), cardOrigins.size(),
                questionOrigins.size() + promptOrigins.size()));
        if (textFormat == TextFormat.HTML) {
            deck.add("textFormat", textFormat.jsonName());
        }
        deck.add("cards", cards).add("questions", questions).add("explainPrompts", explainPrompts);
        Deck loaded = null;
        try {
            loaded = new DeckLoader().load(deck.build().toString(), source);
        } catch (DeckFormatException e) {
            boolean itemsRefused = !errors.isEmpty();
            e.errors().stream()
                    // When the importer refused items, "no items" only repeats that.
                    .filter(error -> !(itemsRefused && error.reason().equals(DeckErrorReason.NO_ITEMS)))
                    .forEach(error -> errors.add(new DeckError(source, where(error.path()), error.reason())));
        }
        if (!errors.isEmpty()) {
            throw new DeckFormatException(errors);
        }
        return new ImportedDeck(loaded, skipped, notes);
    }

    /** A JSON path of the built document, as the file's author knows the place. */
    private String where(String path) {
        if (path.equals("$")) {
            return FILE;
        }
        String parameter = DeckParameters.parameterOf(path);
        if (parameter != null) {
            return parameter;
        }
        Matcher m = ITEM_PATH.matcher(path);
        if (!m.matches()) {
            return path;
        }
        List<String> origins = switch (m.group(1)) {
            case "cards" -> cardOrigins;
            case "questions" -> questionOrigins;
            default -> promptOrigins;
        };
        int index = Integer.parseInt(m.group(2));
        String origin = index < origins.size() ? origins.get(index) : path;
        return m.group(3) == null ? origin : origin + ": " + m.group(3);
    }

    private static void put(JsonObjectBuilder json, String name, String value) {
        if (value != null && !value.isEmpty()) {
            json.add(name, value);
        }
    }
}
