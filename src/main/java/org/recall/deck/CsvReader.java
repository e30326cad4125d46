package org.recall.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits CSV text into records of fields, as RFC 4180 §2 defines them: fields separated by commas,
 * records by CRLF (a bare LF or CR is accepted too, as spreadsheets on every system write them); a field
 * in double quotes may hold commas, line breaks and doubled quotes ({@code ""}). A quote inside an
 * unquoted field, text after a closing quote and a quote left open are syntax errors.
 */
final class CsvReader {

    /** One record; {@code row} counts records from 1, blank ones included, as a spreadsheet numbers its rows. */
    record Row(int row, List<String> cells) {
        boolean isBlank() {
            return cells.size() == 1 && cells.get(0).isEmpty();
        }
    }

    static final String QUOTE_IN_UNQUOTED = "has a double quote inside an unquoted field (quote the whole field and double the quote)";
    static final String TEXT_AFTER_QUOTE = "has text after the closing double quote of a field";
    static final String OPEN_QUOTE = "has a double quote that is never closed";

    /** A syntax error: the first one ends the reading. */
    record SyntaxError(int row, int cell, String reason) {
    }

    private final String text;
    private int at;
    private int row = 1;
    private SyntaxError error;

    private CsvReader(String text) {
        this.text = text;
    }

    /** The records of {@code text}, or the first syntax error. */
    static Result read(String text) {
        CsvReader reader = new CsvReader(text);
        List<Row> rows = reader.rows();
        return new Result(rows, Optional.ofNullable(reader.error));
    }

    record Result(List<Row> rows, Optional<SyntaxError> error) {
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        while (at < text.length() && error == null) {
            List<String> cells = new ArrayList<>();
            boolean endOfRecord = false;
            while (!endOfRecord && error == null) {
                cells.add(field(cells.size() + 1));
                if (at >= text.length()) {
                    endOfRecord = true;
                } else if (text.charAt(at) == ',') {
                    at++;
                } else {
                    skipLineBreak();
                    endOfRecord = true;
                }
            }
            if (error == null) {
                rows.add(new Row(row, List.copyOf(cells)));
            }
            row++;
        }
        return rows;
    }

    private String field(int cell) {
        if (at < text.length() && text.charAt(at) == '"') {
            return quoted(cell);
        }
        int start = at;
        while (at < text.length() && !isDelimiter(text.charAt(at))) {
            if (text.charAt(at) == '"') {
                error = new SyntaxError(row, cell, QUOTE_IN_UNQUOTED);
                return "";
            }
            at++;
        }
        return text.substring(start, at);
    }

    private String quoted(int cell) {
        int startRow = row;
        StringBuilder value = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                if (at < text.length() && text.charAt(at) == '"') {
                    value.append('"');
                    at++;
                } else {
                    if (at < text.length() && !isDelimiter(text.charAt(at))) {
                        error = new SyntaxError(row, cell, TEXT_AFTER_QUOTE);
                    }
                    return value.toString();
                }
            } else {
                value.append(c);
            }
        }
        error = new SyntaxError(startRow, cell, OPEN_QUOTE);
        return "";
    }

    private void skipLineBreak() {
        if (text.charAt(at) == '\r') {
            at++;
        }
        if (at < text.length() && text.charAt(at) == '\n') {
            at++;
        }
    }

    private static boolean isDelimiter(char c) {
        return c == ',' || c == '\r' || c == '\n';
    }
}
