package org.recall.deck.formats;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The formats a deck upload may be in, by their name in {@code ?format=}. Without that parameter the
 * upload's Content-Type decides where it is specific (JSON, CSV, XML, tab-separated values), and
 * otherwise (text/plain, application/octet-stream, none) the file's first bytes: a JSON object, an XML
 * declaration or {@code <quiz>}, Anki's {@code #separator:}/{@code #html:} headers, GIFT's
 * {@code ::title::}, {@code $CATEGORY:} or an answer block in braces, a tab in the first line (Quizlet).
 */
public enum DeckFileFormat {
    JSON("json"),
    CSV("csv"),
    MOODLE_XML("moodle-xml"),
    GIFT("gift"),
    ANKI("anki"),
    TSV("tsv");

    public static final String UNKNOWN = "must be one of json, csv, moodle-xml, gift, anki, tsv";

    private static final Pattern GIFT_SIGNS = Pattern.compile("(?m)^\\s*(::|\\$CATEGORY:)|\\{[^}]*[=~#}]");
    private static final Pattern ANKI_HEADER = Pattern.compile("^#(separator|html|tags|columns|notetype|deck|guid)\\b");

    private final String parameter;

    DeckFileFormat(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<DeckFileFormat> fromParameter(String name) {
        return Arrays.stream(values()).filter(f -> f.parameter.equals(name.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** By Content-Type ({@code type/subtype}, lower case, parameters removed), then by content; empty when neither tells. */
    public static Optional<DeckFileFormat> detect(String mediaType, byte[] head) {
        if (mediaType != null) {
            switch (mediaType) {
                case "application/json" -> {
                    return Optional.of(JSON);
                }
                case "text/csv" -> {
                    return Optional.of(CSV);
                }
                case "application/xml", "text/xml" -> {
                    return Optional.of(MOODLE_XML);
                }
                case "text/tab-separated-values" -> {
                    return Optional.of(TSV);
                }
                default -> { }
            }
        }
        return sniff(head);
    }

    static Optional<DeckFileFormat> sniff(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1);
        }
        String trimmed = start.stripLeading();
        if (trimmed.startsWith("{")) {
            return Optional.of(JSON);
        }
        if (trimmed.startsWith("<?xml") || trimmed.startsWith("<quiz")) {
            return Optional.of(MOODLE_XML);
        }
        if (ANKI_HEADER.matcher(trimmed).find()) {
            return Optional.of(ANKI);
        }
        if (GIFT_SIGNS.matcher(start).find()) {
            return Optional.of(GIFT);
        }
        String firstLine = trimmed.lines().findFirst().orElse("");
        return firstLine.indexOf('\t') >= 0 ? Optional.of(TSV) : Optional.empty();
    }
}
