package org.recall.web.teach;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Optional;
import org.recall.deck.Deck;
import org.recall.deck.DeckDraft;
import org.recall.deck.DeckDrafts;
import org.recall.deck.DeckId;
import org.recall.deck.DeckRefused;
import org.recall.deck.DeckVersion;
import org.recall.deck.Decks;
import org.recall.deck.DraftDocument;
import org.recall.deck.DeckAuthor;
import org.recall.session.StudySession;
import org.recall.web.ClientError;
import org.recall.web.JsonBody;

/**
 * How a draft starts ({@code POST /api/instructor/drafts}): {@code {"start": "new"}} a new deck;
 * {@code {"start": "edit", "deck"}} the next version of a deck of the instructor's platform (the platform's
 * draft of it when there is one); {@code {"start": "copy", "deck", "version"?, "title", "continue"?}} a new deck
 * from a copy of any deck that can be chosen (built-in, another platform's), or of one version of it; with
 * {@code "continue": true}, the platform's draft copied from that deck when there is one.
 */
final class DraftStart {

    static final String START = "start";
    static final String NOT_YOURS = "Only decks made on your course platform can be edited; edit a copy of this one.";
    static final String RETIRED = "The administrator retired this deck; edit a copy of it instead.";

    private DraftStart() {
    }

    /** The draft the request starts, and whether it was there already (an in-place draft left earlier). */
    record Started(DeckDraft draft, boolean existed) {
    }

    static Started start(JsonObject json, StudySession session, DeckAuthor author, Decks decks, DeckDrafts drafts) {
        String start = JsonBody.text(json, START, 10).orElse("");
        try {
            return switch (start) {
                case "new" -> new Started(drafts.create(session.platformId(), null, null, "",
                        DraftDocument.starter(session.locale()).toString(), author), false);
                case "edit" -> edit(json, session, author, decks, drafts);
                case "copy" -> copy(json, session, author, decks, drafts);
                default -> throw ClientError.badRequest(START, "Field 'start' must be new, edit or copy.");
            };
        } catch (DeckRefused e) {
            throw new ClientError(409, e.getMessage());
        }
    }

    private static Started edit(JsonObject json, StudySession session, DeckAuthor author, Decks decks, DeckDrafts drafts) {
        DeckId id = deckId(json);
        if (!decks.isOwnedBy(id, DeckVersion.platformOwner(session.platformId()))) {
            throw decks.find(id).isPresent() ? new ClientError(403, NOT_YOURS, "deck") : unknown();
        }
        if (decks.isRetired(id)) {
            throw new ClientError(409, RETIRED, "deck");
        }
        int latest = decks.currentVersion(id.value()).orElseThrow();
        Deck deck = decks.find(id, latest).orElseThrow();
        Instant asked = Instant.now();
        DeckDraft draft = drafts.create(session.platformId(), id, latest, deck.title(), DraftDocument.of(deck).toString(),
                author);
        return new Started(draft, draft.createdAt().isBefore(asked));
    }

    private static Started copy(JsonObject json, StudySession session, DeckAuthor author, Decks decks, DeckDrafts drafts) {
        DeckId id = deckId(json);
        Optional<Integer> version = JsonBody.integer(json, "version", 1, Integer.MAX_VALUE);
        Deck deck = (version.isPresent() && !decks.isBuiltIn(id) ? decks.find(id, version.get()) : decks.find(id))
                .orElseThrow(DraftStart::unknown);
        if (JsonBody.flag(json, "continue").orElse(false)) {
            Optional<DeckDraft> left = drafts.copyOf(session.platformId(), id);
            if (left.isPresent()) {
                return new Started(left.get(), true);
            }
        }
        String title = JsonBody.text(json, "title", 2_000).orElse(deck.title());
        return new Started(drafts.copy(session.platformId(), id, title, DraftDocument.copyOf(deck, title).toString(), author),
                false);
    }

    private static DeckId deckId(JsonObject json) {
        String id = JsonBody.text(json, "deck", 64).orElseThrow(() -> ClientError.badRequest("deck", "Name the deck."));
        if (!DeckId.isValid(id)) {
            throw unknown();
        }
        return new DeckId(id);
    }

    private static ClientError unknown() {
        return ClientError.notFound("There is no deck with this id.");
    }
}
