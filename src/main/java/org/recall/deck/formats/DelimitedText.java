package org.recall.deck.formats;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of fields split by one separator character, with RFC 4180 quoting (a field in double quotes may
 * hold the separator, line breaks and doubled quotes), as Anki writes its text exports. Each row knows
 * the line it starts on; a quote left open is reported at that line.
 */
final class DelimitedText {

    record Row(int line, List<String> fields) {
    }

    record Result(List<Row> rows, Integer openQuoteLine) {
    }

    private DelimitedText() {
    }

    /** @param firstLine the number of the first line of {@code text} in the file (after headers) */
    static Result read(String text, char separator, int firstLine) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = firstLine;
        int rowLine = firstLine;
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                rows.add(new Row(rowLine, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                fieldStart = true;
                line++;
                rowLine = line;
            } else {
                field.append(c);
                fieldStart = false;
            }
        }
        if (quoted) {
            return new Result(rows, rowLine);
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return new Result(rows, null);
    }
}
