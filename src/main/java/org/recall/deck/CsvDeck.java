package org.recall.deck;

import org.recall.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deck from the simple CSV form (docs/deck-format.md, "CSV upload"): a header row naming the
 * columns, then one row per card or question; the deck's id, title and the like come as parameters. The
 * rows become a document of the JSON deck format that {@link DeckReader} checks, so both forms obey the
 * same rules; its errors are reported back by CSV row and column ({@code row 3, level}) or parameter
 * ({@code parameter title}). Either a complete deck or every error found.
 */
public final class CsvDeck {

    /** What a CSV upload carries outside its rows; {@code minutes} defaults from the number of items. */
    public record Parameters(String id, String title, String description, String minutes, String language) {
    }

    public static final List<String> COLUMNS = List.of("type", "id", "prompt", "answer", "level", "correct",
            "explanation", "tolerance", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
    static final List<String> CARD_COLUMNS = List.of("type", "id", "prompt", "answer", "level");

    static final String UNKNOWN_COLUMN = "is not a column of the CSV deck format (" + String.join(", ", COLUMNS) + ")";
    static final String REPEATED_COLUMN = "repeats an earlier column";
    static final String MISSING_COLUMN = "is a required column";
    static final String BAD_TYPE = "must be card, question (single choice), multiple-answer, true-false, short-answer,"
            + " numeric or matching";
    static final String NOT_FOR_CARD = "must be empty in a card row";
    static final String NOT_FOR_QUESTION = "must be empty in a question row";
    static final String NO_HEADER = "must be a header row naming the columns";
    static final String NO_ROWS = "the file has no rows";

    static String tooManyCells(int headerWidth) {
        return "has more cells than the header row (" + headerWidth + ")";
    }

    private static final Pattern ITEM_PATH =
            Pattern.compile("\\$\\.(cards|questions)\\[(\\d+)](?:\\.(\\w+)(?:\\[(\\d+)](?:\\.(\\w+))?)?)?");
    private static final Map<String, String> DECK_FIELDS = Map.of("id", "parameter id", "title", "parameter title",
            "description", "parameter description", "estimatedMinutes", "parameter minutes",
            "language", "parameter language", "cards", "card rows", "questions", "question rows");

    private final String source;
    private final List<DeckError> errors = new ArrayList<>();
    private final List<Integer> cardRows = new ArrayList<>();
    private final List<Integer> questionRows = new ArrayList<>();
    private final List<List<String>> optionLetters = new ArrayList<>();
    private final List<List<String>> distractorLetters = new ArrayList<>();
    private int headerWidth;

    private CsvDeck(String source) {
        this.source = source;
    }

    /** Reads UTF-8 bytes (at most 1 MiB, a leading byte order mark ignored). @throws DeckFormatException with every error found */
    public static Deck read(byte[] bytes, Parameters parameters, String source) {
        if (bytes.length > DeckFormat.MAX_DOCUMENT_BYTES) {
            throw new DeckFormatException(List.of(new DeckError(source, "file", DeckErrorReason.TOO_LARGE)));
        }
        try {
            String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return read(text, parameters, source);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new DeckFormatException(List.of(new DeckError(source, "file", DeckErrorReason.NOT_UTF8)));
        }
    }

    /** @throws DeckFormatException with every error found */
    public static Deck read(String text, Parameters parameters, String source) {
        return new CsvDeck(source).convert(text.startsWith("\uFEFF") ? text.substring(1) : text, parameters);
    }

    private Deck convert(String text, Parameters parameters) {
        CsvReader.Result csv = CsvReader.read(text);
        if (csv.error().isPresent()) {
            CsvReader.SyntaxError e = csv.error().get();
            throw new DeckFormatException(List.of(new DeckError(source, "row " + e.row() + ", cell " + e.cell(), e.reason())));
        }
        List<CsvReader.Row> rows = csv.rows().stream().filter(r -> !r.isBlank()).toList();
        if (rows.isEmpty()) {
            throw new DeckFormatException(List.of(new DeckError(source, "file", NO_ROWS)));
        }
        Map<String, Integer> header = header(rows.get(0));
        JsonArrayBuilder cards = Json.createArrayBuilder();
        JsonArrayBuilder questions = Json.createArrayBuilder();
        if (header.containsKey("type") && header.containsKey("prompt")) {
            for (CsvReader.Row row : rows.subList(1, rows.size())) {
                item(row, header, cards, questions);
            }
        }
        JsonObjectBuilder deck = Json.createObjectBuilder();
        put(deck, "id", parameters.id());
        put(deck, "title", parameters.title());
        put(deck, "description", parameters.description());
        put(deck, "language", parameters.language());
        deck.add("estimatedMinutes", minutes(parameters.minutes()));
        deck.add("cards", cards).add("questions", questions);
        DeckErrorList found = new DeckErrorList(source);
        Optional<Deck> result = new DeckReader(found).read(deck.build());
        try {
            found.throwIfAny();
        } catch (DeckFormatException e) {
            e.errors().forEach(error -> errors.add(new DeckError(source, where(error.path()), reason(error.reason()))));
        }
        if (!errors.isEmpty() || result.isEmpty()) {
            throw new DeckFormatException(errors);
        }
        return result.get();
    }

    private Map<String, Integer> header(CsvReader.Row row) {
        Map<String, Integer> columns = new HashMap<>();
        headerWidth = row.cells().size();
        for (int i = 0; i < row.cells().size(); i++) {
            String name = row.cells().get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                errors.add(new DeckError(source, "row " + row.row() + ", cell " + (i + 1),
                        name.isEmpty() ? NO_HEADER : UNKNOWN_COLUMN));
            } else if (columns.putIfAbsent(name, i) != null) {
                errors.add(new DeckError(source, "row " + row.row() + ", " + name, REPEATED_COLUMN));
            }
        }
        for (String required : List.of("type", "prompt")) {
            if (!columns.containsKey(required)) {
                errors.add(new DeckError(source, "row " + row.row() + ", " + required, MISSING_COLUMN));
            }
        }
        return columns;
    }

    private void item(CsvReader.Row row, Map<String, Integer> header, JsonArrayBuilder cards, JsonArrayBuilder questions) {
        if (row.cells().size() > headerWidth) {
            errors.add(new DeckError(source, "row " + row.row(), tooManyCells(headerWidth)));
        }
        String type = cell(row, header, "type").toLowerCase(Locale.ROOT);
        boolean card = type.equals("card");
        QuestionType questionType = card ? null : CsvQuestion.typeOf(type).orElse(null);
        if (!card && questionType == null) {
            errors.add(new DeckError(source, "row " + row.row() + ", type", BAD_TYPE));
            return;
        }
        List<String> allowed = card ? CARD_COLUMNS : CsvQuestion.columns(questionType);
        for (String column : COLUMNS) {
            if (!allowed.contains(column) && !cell(row, header, column).isEmpty()) {
                errors.add(new DeckError(source, "row " + row.row() + ", " + column, card ? NOT_FOR_CARD
                        : questionType == QuestionType.SINGLE_CHOICE ? NOT_FOR_QUESTION : "must be empty in a "
                                + questionType.jsonName() + " row"));
            }
        }
        List<Integer> rowsOfType = card ? cardRows : questionRows;
        rowsOfType.add(row.row());
        JsonObjectBuilder item = Json.createObjectBuilder();
        String id = cell(row, header, "id");
        item.add("id", id.isEmpty() ? (card ? "c" : "q") + rowsOfType.size() : id);
        item.add("prompt", cell(row, header, "prompt"));
        if (card) {
            item.add("answer", cell(row, header, "answer"));
            item.add("level", cell(row, header, "level").toLowerCase(Locale.ROOT));
            cards.add(item);
            return;
        }
        List<String> letters = new ArrayList<>();
        List<String> others = new ArrayList<>();
        List<String> badCells = new ArrayList<>();
        JsonObjectBuilder question = CsvQuestion.item(questionType, column -> cell(row, header, column), letters, others,
                badCells);
        badCells.forEach(letter -> errors.add(new DeckError(source, "row " + row.row() + ", " + letter, CsvQuestion.NO_ARROW)));
        optionLetters.add(letters);
        distractorLetters.add(others);
        questions.add(question.add("id", item.build().getString("id")).add("prompt", cell(row, header, "prompt")));
    }

    /**
     * A cell's text, stripped of surrounding blanks; empty when the column or the cell is absent. A leading
     * apostrophe before {@code = + - @} is the escape spreadsheets and Recall's own CSV exports put against
     * formula injection: it is removed, so an exported text comes back as it was. Nothing is ever evaluated.
     */
    static String cell(CsvReader.Row row, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        if (index == null || index >= row.cells().size()) {
            return "";
        }
        String text = row.cells().get(index).strip();
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

    private static void put(JsonObjectBuilder json, String name, String value) {
        if (value != null && !value.isEmpty()) {
            json.add(name, value);
        }
    }

    /** The minutes given, or half a minute per card and one per question (1 to 600); a bad value goes on for the reader to report. */
    private jakarta.json.JsonValue minutes(String given) {
        if (given != null && !given.isBlank()) {
            try {
                return Json.createValue(Integer.parseInt(given.strip()));
            } catch (NumberFormatException e) {
                return Json.createValue(given);
            }
        }
        int estimate = (cardRows.size() + 1) / 2 + questionRows.size();
        return Json.createValue(Math.max(DeckFormat.MIN_MINUTES, Math.min(DeckFormat.MAX_MINUTES, estimate)));
    }

    /** A JSON path of the generated document, as the CSV author knows the place: row and column, or parameter. */
    private String where(String path) {
        if (path.equals("$")) {
            return "file";
        }
        if (path.startsWith("$.") && DECK_FIELDS.containsKey(path.substring(2))) {
            return DECK_FIELDS.get(path.substring(2));
        }
        Matcher m = ITEM_PATH.matcher(path);
        if (!m.matches()) {
            return path;
        }
        List<Integer> rows = m.group(1).equals("cards") ? cardRows : questionRows;
        int index = Integer.parseInt(m.group(2));
        String row = index < rows.size() ? "row " + rows.get(index) : path;
        String field = m.group(3);
        if (field == null) {
            return row;
        }
        if (field.equals("options") || field.equals("pairs") || field.equals("distractors")) {
            int option = m.group(4) == null ? -1 : Integer.parseInt(m.group(4));
            List<String> letters = index >= optionLetters.size() ? List.of()
                    : field.equals("distractors") ? distractorLetters.get(index) : optionLetters.get(index);
            return option < 0 || option >= letters.size() ? row + ", a-j" : row + ", " + letters.get(option);
        }
        return row + ", " + (List.of("correctOptionId", "correctOptionIds", "correct", "acceptedAnswers", "value")
                .contains(field) ? "correct" : field);
    }

    private String reason(String reason) {
        String prefix = DeckErrorReason.repeatedId("");
        return reason.startsWith(prefix) ? prefix + where(reason.substring(prefix.length())) : reason;
    }
}
