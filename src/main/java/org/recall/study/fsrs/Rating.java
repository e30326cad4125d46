package org.recall.study.fsrs;

import java.util.Optional;

/**
 * The four answers of an FSRS review (FSRS-6: grade G = 1..4), with their names in the JSON API. The
 * grade's number enters the formulas: initial stability is {@code w[G-1]}, initial difficulty
 * {@code w4 - e^(w5 (G-1)) + 1}, and the difficulty change {@code -w6 (G-3)}.
 */
public enum Rating {
    AGAIN(1, "again"),
    HARD(2, "hard"),
    GOOD(3, "good"),
    EASY(4, "easy");

    private final int grade;
    private final String code;

    Rating(int grade, String code) {
        this.grade = grade;
        this.code = code;
    }

    public int grade() {
        return grade;
    }

    public String code() {
        return code;
    }

    public boolean recalled() {
        return this != AGAIN;
    }

    public static Optional<Rating> fromCode(String code) {
        for (Rating rating : values()) {
            if (rating.code.equals(code)) {
                return Optional.of(rating);
            }
        }
        return Optional.empty();
    }
}
