package org.recall.deck;

import java.util.ArrayList;
import java.util.List;

/** The errors found so far in one document; the loader keeps going after each one. */
final class DeckErrorList {

    private final String source;
    private final List<DeckError> errors = new ArrayList<>();

    DeckErrorList(String source) {
        this.source = source;
    }

    void add(String path, String reason) {
        errors.add(new DeckError(source, path, reason));
    }

    int size() {
        return errors.size();
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new DeckFormatException(errors);
        }
    }
}
