package org.recall.teach;

import java.util.List;

/**
 * A CSV document (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a comma, a
 * quote or a line break) that is safe to open in a spreadsheet: a text cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read as a formula
 * (OWASP "CSV injection"), so it gets a leading apostrophe and is always quoted.
 */
public final class CsvTable {

    /** Written first, so that spreadsheet programs read the file as UTF-8. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private final StringBuilder text = new StringBuilder(BYTE_ORDER_MARK);

    public CsvTable(List<String> header) {
        row(header);
    }

    public CsvTable row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** One field, escaped: formula-like text neutralised, then quoted when needed. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean formula = startsLikeFormula(value);
        String safe = formula ? "'" + value : value;
        boolean quote = formula || safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    static boolean startsLikeFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
