package org.recall.deck;

import java.util.Objects;

/**
 * One rule a deck document breaks.
 *
 * @param source the document's name, usually its file name ("mlops.json")
 * @param path a JSON path to the offending value, e.g. {@code $.questions[2].options}
 * @param reason what is wrong, one of {@link DeckErrorReason}
 */
public record DeckError(String source, String path, String reason) {

    public DeckError {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code mlops.json: $.questions[2].correctOptionId: names no option of this question} */
    @Override
    public String toString() {
        return source + ": " + path + ": " + reason;
    }
}
