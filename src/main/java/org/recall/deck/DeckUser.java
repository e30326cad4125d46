package org.recall.deck;

/**
 * Who asks for a deck, for its ownership: the administrator, the sessions of one platform, or anyone. Built-in
 * decks and the decks the administrator uploaded (the shared catalog) are for everyone; a deck an instructor
 * uploaded belongs to their platform ({@link DeckVersion#platformOwner}): only that platform's sessions and the
 * administrator may choose it, read it, or download its answer key (a SCORM package).
 *
 * @param platformId the platform whose session asks, or null
 */
public record DeckUser(boolean admin, Long platformId) {

    public static final DeckUser ADMIN = new DeckUser(true, null);
    public static final DeckUser ANYONE = new DeckUser(false, null);

    public static DeckUser platform(long platformId) {
        return new DeckUser(false, platformId);
    }

    /** Whether this user may use a deck of {@code owner} (null: built in). */
    public boolean mayUse(String owner) {
        return owner == null || admin || DeckVersion.ADMIN.equals(owner)
                || (platformId != null && DeckVersion.platformOwner(platformId).equals(owner));
    }
}
