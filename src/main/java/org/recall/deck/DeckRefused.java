package org.recall.deck;

/** An upload or a retirement that conflicts with the decks already served (HTTP 409). */
public class DeckRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String BUILT_IN = "This id belongs to a built-in deck; choose another id.";
    public static final String BUILT_IN_RETIRE = "Built-in decks ship with Recall and cannot be retired.";
    public static final String OTHER_OWNER =
            "A deck with this id was uploaded by another platform or by the administrator; choose another id.";
    public static final String QUOTA = "Your platform has stored as many deck versions as Recall keeps for one platform "
            + "(RECALL_DECK_QUOTA). Ask Recall's administrator to raise the quota or to upload the deck.";
    public static final String TOO_MANY_DRAFTS = "Your platform keeps " + DeckDrafts.MAX_PER_PLATFORM
            + " unpublished drafts already: publish or discard some first.";
    public static final String RETIRED =
            "The administrator retired this deck: publish your draft as a new deck instead.";
    public static final String STALE_DRAFT = "This draft was saved since, in another tab or by another teacher of "
            + "your course platform: reload it to see the latest.";
    public static final String CONCURRENT = "Another upload of this deck was stored at the same moment; try again.";

    public DeckRefused(String message) {
        super(message);
    }
}
