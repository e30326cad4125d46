package org.recall.deck.formats;

import java.util.List;
import org.recall.deck.Deck;

/**
 * A deck read from a file, with what the file held that the deck does not: questions of types Recall
 * cannot serve ({@code skipped}, each named) and what was changed on the way in ({@code notes}: an
 * embedded image removed, a partial-credit answer dropped).
 */
public record ImportedDeck(Deck deck, List<Skipped> skipped, List<Note> notes) {

    /** A question left out: where it is in the file, its name and its type in the file's words. */
    public record Skipped(String where, String name, String type) {
    }

    /** Something the import changed, where. */
    public record Note(String where, String text) {
    }

    public ImportedDeck {
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }
}
