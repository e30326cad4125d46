package org.recall.deck;

import java.time.Instant;
import java.util.Optional;

/**
 * A deck a teacher is writing in the editor, saved as they type: the document as they left it, valid or
 * not. Publishing it (see {@link DeckPublisher}) stores it as a deck version, through the same checks as
 * an upload.
 *
 * @param deckId      the uploaded deck a publication adds a version to; null for a new deck or a copy,
 *                    which gets its id when published
 * @param baseVersion the version the draft started from when it edits a deck in place, else null
 * @param title       the document's title as last saved, for lists ("" when it has none yet)
 * @param revision    the number of saves; a save or a publication must name the revision it was made on
 * @param copiedFrom  the deck this draft started as a copy of; null for a new deck or an in-place draft
 */
public record DeckDraft(long id, long platformId, DeckId deckId, Integer baseVersion, String title, String document,
        int revision, DeckAuthor createdBy, DeckAuthor updatedBy, Instant createdAt, Instant updatedAt,
        DeckId copiedFrom) {

    /** Whether publishing adds a version to an existing deck (rather than creating one). */
    public boolean editsInPlace() {
        return deckId != null;
    }

    public Optional<DeckId> deck() {
        return Optional.ofNullable(deckId);
    }
}
