package org.recall.activity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The study modes an activity may offer (PRODUCT.md, modes 1-9), with their names in custom parameters and JSON. */
public enum StudyMode {
    REVIEW("review"),
    QUIZ("quiz"),
    EXPLAIN("explain"),
    SPACED("spaced"),
    SHEET("sheet"),
    MATCH("match"),
    WRITE("write"),
    TRUEFALSE("truefalse"),
    TEST("test");

    /** The codes, for error messages: "review, quiz, ... or test". */
    public static final String CODES = "review, quiz, explain, spaced, sheet, match, write, truefalse or test";

    private final String code;

    StudyMode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<StudyMode> fromCode(String code) {
        for (StudyMode mode : values()) {
            if (mode.code.equals(code)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }

    /** Parses {@code "review,quiz"}; empty when any name is unknown or none is given. */
    public static Optional<Set<StudyMode>> parseList(String codes) {
        if (codes == null || codes.isBlank()) {
            return Optional.empty();
        }
        Set<StudyMode> modes = EnumSet.noneOf(StudyMode.class);
        for (String code : codes.split(",")) {
            Optional<StudyMode> mode = fromCode(code.trim());
            if (mode.isEmpty()) {
                return Optional.empty();
            }
            modes.add(mode.get());
        }
        return Optional.of(modes);
    }

    public static String toList(Set<StudyMode> modes) {
        return modes.stream().sorted().map(StudyMode::code).collect(Collectors.joining(","));
    }
}
