package org.recall.deck;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A deck document breaks one or more rules of the format. Carries every error found, not just
 * the first, so an author can fix a deck in one round.
 */
public class DeckFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<DeckError> errors;

    public DeckFormatException(List<DeckError> errors) {
        super(describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A DeckFormatException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<DeckError> errors() {
        return errors;
    }

    private static String describe(List<DeckError> errors) {
        return errors.stream().map(DeckError::toString).collect(Collectors.joining("\n"));
    }
}
