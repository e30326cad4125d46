package org.recall.study;

import java.util.Optional;

/** A student's self-rating of a card in Recall &amp; Review, with its name in the JSON API. */
public enum ReviewRating {
    KNOWN("known"),
    NOT_YET("not_yet");

    private final String code;

    ReviewRating(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ReviewRating> fromCode(String code) {
        for (ReviewRating rating : values()) {
            if (rating.code.equals(code)) {
                return Optional.of(rating);
            }
        }
        return Optional.empty();
    }
}
