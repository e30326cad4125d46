package org.recall.deck;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The decks Recall serves: today the built-in ones, loaded once at start. */
@ApplicationScoped
public class Decks {

    /** The deck a launch without a {@code deck} custom parameter uses. */
    public static final DeckId DEFAULT = new DeckId("mlops-vs-devops");

    private final DeckCatalog builtIn = new DeckCatalog(Decks.class.getClassLoader());

    public Optional<Deck> find(DeckId id) {
        return builtIn.find(id);
    }

    /** Finds a deck by the id a request or a launch named; empty when the text is no valid id or no deck. */
    public Optional<Deck> find(String id) {
        return id != null && DeckId.isValid(id) ? find(new DeckId(id)) : Optional.empty();
    }

    public List<Deck> all() {
        return builtIn.all();
    }
}
