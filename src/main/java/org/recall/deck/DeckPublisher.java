package org.recall.deck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Optional;
import org.recall.json.Json;

/**
 * "Publish" in the editor: a draft becomes the next version of its deck (or version 1 of a new deck)
 * through the same checks as an upload ({@link DeckLoader}, then {@link Decks#upload(Deck, DeckAuthor)}:
 * size, built-in ids, the owner platform), and the draft is deleted. Activities keep the version they
 * use until their teacher chooses the latest one.
 */
@ApplicationScoped
public class DeckPublisher {

    private static final int FRESH_ID_TRIES = 5;

    @Inject
    Decks decks;

    @Inject
    DeckDrafts drafts;

    public DeckPublisher() {
    }

    /** Outside a container (tests). */
    public DeckPublisher(Decks decks, DeckDrafts drafts) {
        this.decks = decks;
        this.drafts = drafts;
    }

    /**
     * Publishes the platform's draft {@code draftId} as saved at {@code revision}.
     *
     * @param asNewDeck publish a draft that edits a deck in place as a new deck instead (its deck was retired)
     * @return the stored version; empty when the platform has no such draft
     * @throws DeckRefused when the draft was saved since {@code revision}, its deck was retired, or the deck
     *                     belongs to another owner
     * @throws DeckFormatException with every error when the draft breaks the format; nothing is stored
     */
    public Optional<DeckVersion> publish(long draftId, int revision, boolean asNewDeck, DeckAuthor author) {
        long platformId = author.platformId();
        Optional<DeckDraft> found = drafts.find(draftId, platformId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DeckDraft draft = found.get();
        if (draft.revision() != revision) {
            throw new DeckRefused(DeckRefused.STALE_DRAFT);
        }
        boolean inPlace = draft.editsInPlace() && !asNewDeck;
        if (inPlace && decks.isRetired(draft.deckId())) {
            throw new DeckRefused(DeckRefused.RETIRED);
        }
        JsonObject document;
        try (var reader = Json.createReader(new StringReader(draft.document()))) {
            document = reader.readObject();
        }
        DeckId id = inPlace ? draft.deckId() : freshId(DraftDocument.title(document));
        Deck deck = DraftDocument.load(document, id);
        DeckVersion version = decks.upload(deck, author);
        // Saved again since the check above (another tab)? Then that newer draft stays to be published too.
        drafts.delete(draftId, platformId, revision);
        return Optional.of(version);
    }

    private DeckId freshId(String title) {
        for (int i = 0; i < FRESH_ID_TRIES; i++) {
            DeckId id = DeckId.fresh(title);
            if (!decks.isBuiltIn(id) && decks.versions(id).isEmpty()) {
                return id;
            }
        }
        throw new DeckRefused(DeckRefused.CONCURRENT);
    }
}
