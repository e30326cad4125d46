package org.recall.deck.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recall.deck.CsvDeck;
import org.recall.deck.TextFormat;
import org.recall.json.Json;

/**
 * Anki's text export ("Notes in Plain Text", Anki 2.1.54 and later) and Quizlet-style term/definition
 * lines, read as cards: the first field is the prompt, the second the answer, every row one card (level
 * beginner). Anki's file headers are honoured: {@code #separator:} (tab, comma, semicolon, space, pipe,
 * colon or the character itself), {@code #html:true} (fields are HTML, cleaned to the subset Recall shows),
 * {@code #tags:} (tags of every card), {@code #columns:} (names: Front/Question and Back/Answer pick the
 * fields, Tags the tags), {@code #tags column:}, {@code #guid column:}, {@code #notetype column:} and
 * {@code #deck column:} (1-based; those fields are not text of the card). Without a separator header the
 * first line decides: tab, else semicolon, else comma. Quizlet's export is tab-separated, one term per line.
 */
public final class AnkiImport {

    static final String NO_ANSWER = "has no second field: each line needs a prompt and an answer, separated by ";
    static final String OPEN_QUOTE = "has a double quote that is never closed";
    static final String BAD_SEPARATOR = "must be tab, comma, semicolon, space, pipe, colon or one character";
    static final String NO_ROWS = "the file has no cards";

    private static final Map<String, Character> SEPARATORS = Map.of("tab", '\t', "comma", ',', "semicolon", ';',
            "space", ' ', "pipe", '|', "colon", ':');

    private AnkiImport() {
    }

    /** Anki's text export, headers and all. */
    public static ImportedDeck anki(String text, CsvDeck.Parameters parameters, String source) {
        return read(text, parameters, source, null);
    }

    /** Quizlet-style lines: term, a tab, definition. */
    public static ImportedDeck quizlet(String text, CsvDeck.Parameters parameters, String source) {
        return read(text, parameters, source, '\t');
    }

    private static ImportedDeck read(String text, CsvDeck.Parameters parameters, String source, Character fixed) {
        List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
        Headers headers = new Headers();
        int first = 0;
        DeckDraft problems = new DeckDraft(source, TextFormat.PLAIN);
        while (fixed == null && first < lines.size() && lines.get(first).startsWith("#")) {
            headers.read(lines.get(first), first + 1, problems);
            first++;
        }
        char separator = fixed != null ? fixed : headers.separator != null ? headers.separator
                : guess(first < lines.size() ? lines.get(first) : "");
        DeckDraft draft = new DeckDraft(source, headers.html ? TextFormat.HTML : TextFormat.PLAIN);
        problems.errors().forEach(e -> draft.error(e.path(), e.reason()));
        DelimitedText.Result result = DelimitedText.read(String.join("\n", lines.subList(first, lines.size())),
                separator, first + 1);
        if (result.openQuoteLine() != null) {
            draft.error("line " + result.openQuoteLine(), OPEN_QUOTE);
        }
        int front = headers.column("front", "question", "term", 0);
        int back = headers.column("back", "answer", "definition", front == 0 ? 1 : 0);
        int cards = 0;
        for (DelimitedText.Row row : result.rows()) {
            if (draft.full()) {
                break;
            }
            if (row.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            String where = "line " + row.line();
            if (row.fields().size() <= Math.max(front, back)) {
                draft.error(where, NO_ANSWER + name(separator));
                continue;
            }
            cards++;
            var card = Json.createObjectBuilder()
                    .add("prompt", text(row.fields().get(front), draft, where))
                    .add("answer", text(row.fields().get(back), draft, where))
                    .add("level", "beginner");
            List<String> tags = new ArrayList<>(headers.tags);
            if (headers.tagsColumn != null && headers.tagsColumn < row.fields().size()) {
                for (String tag : row.fields().get(headers.tagsColumn).trim().split("\\s+")) {
                    if (!tag.isEmpty() && !tags.contains(tag)) {
                        tags.add(tag);
                    }
                }
            }
            if (!tags.isEmpty()) {
                card.add("tags", Json.createArrayBuilder(tags));
            }
            draft.card(card, where);
        }
        if (cards == 0 && result.openQuoteLine() == null) {
            draft.error(DeckDraft.FILE, NO_ROWS);
        }
        return draft.build(parameters);
    }

    /** A field's text for the deck: HTML cleaned in an HTML export, Anki's [sound:…] references dropped. */
    private static String text(String field, DeckDraft draft, String where) {
        String withoutSounds = field.replaceAll("\\[sound:[^\\]]*]", "");
        if (!withoutSounds.equals(field)) {
            draft.note(where, "a [sound:…] reference was removed: Recall plays no sound files");
        }
        return draft.textFormat() == TextFormat.HTML ? ImportText.cleanHtml(withoutSounds, draft, where)
                : withoutSounds.strip();
    }

    private static char guess(String firstLine) {
        return firstLine.indexOf('\t') >= 0 ? '\t' : firstLine.indexOf(';') >= 0 ? ';' : ',';
    }

    private static String name(char separator) {
        return SEPARATORS.entrySet().stream().filter(e -> e.getValue() == separator).map(Map.Entry::getKey).findFirst()
                .orElse("'" + separator + "'");
    }

    /** Anki's "#key:value" header lines. */
    private static final class Headers {
        Character separator;
        boolean html;
        final List<String> tags = new ArrayList<>();
        List<String> columns = List.of();
        Integer tagsColumn;
        final List<Integer> notText = new ArrayList<>();

        void read(String line, int number, DeckDraft problems) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                return; // a comment line
            }
            String key = line.substring(1, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (key) {
                case "separator" -> {
                    Character c = SEPARATORS.get(value.toLowerCase(Locale.ROOT));
                    separator = c != null ? c : value.length() == 1 ? value.charAt(0) : null;
                    if (separator == null) {
                        problems.error("line " + number + ", #separator", BAD_SEPARATOR);
                    }
                }
                case "html" -> html = value.equalsIgnoreCase("true");
                case "tags" -> tags.addAll(List.of(value.split("\\s+")).stream().filter(t -> !t.isEmpty()).toList());
                case "columns" -> {
                    columns = List.of(value.split(separator == null ? "\t" : java.util.regex.Pattern
                            .quote(String.valueOf(separator))));
                    for (int i = 0; i < columns.size() && tagsColumn == null; i++) {
                        tagsColumn = columns.get(i).trim().equalsIgnoreCase("tags") ? Integer.valueOf(i) : null;
                    }
                }
                case "tags column" -> tagsColumn = index(value);
                case "guid column", "notetype column", "deck column" -> {
                    Integer index = index(value);
                    if (index != null) {
                        notText.add(index);
                    }
                }
                default -> { } // #deck:, #notetype:, #if matches: and others change nothing here
            }
        }

        private static Integer index(String value) {
            try {
                int n = Integer.parseInt(value.trim());
                return n >= 1 ? n - 1 : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** The column named one of the names, or the {@code nth} column that is not a guid, note type, deck or tags column. */
        int column(String name, String otherName, String thirdName, int nth) {
            for (int i = 0; i < columns.size(); i++) {
                String c = columns.get(i).trim().toLowerCase(Locale.ROOT);
                if (c.equals(name) || c.equals(otherName) || c.equals(thirdName)) {
                    return i;
                }
            }
            int seen = -1;
            for (int i = 0; i < 64; i++) {
                if (!notText.contains(i) && !Integer.valueOf(i).equals(tagsColumn) && ++seen == nth) {
                    return i;
                }
            }
            return nth;
        }
    }
}
