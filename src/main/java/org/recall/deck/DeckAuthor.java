package org.recall.deck;

import java.util.Objects;

/**
 * Who stores a deck version or saves a draft: the administrator, or an instructor of a platform as the
 * LTI launch named them.
 *
 * @param sub        the instructor's LTI user id ({@code sub} claim, LTI 1.3 Core §5.3.6), or {@code admin}
 * @param name       the name the launch gave ({@code name} claim), null when the platform shares none
 * @param platformId the platform the instructor launched from; null for the administrator
 */
public record DeckAuthor(String sub, String name, Long platformId) {

    public static final DeckAuthor ADMIN = new DeckAuthor(DeckVersion.ADMIN, null, null);

    public DeckAuthor {
        Objects.requireNonNull(sub, "sub");
    }

    public static DeckAuthor instructor(long platformId, String sub, String name) {
        return new DeckAuthor(sub, name, platformId);
    }

    public boolean isAdmin() {
        return platformId == null;
    }

    /** The owner a first version by this author gives the deck: who may add versions to it. */
    public String owner() {
        return isAdmin() ? DeckVersion.ADMIN : DeckVersion.platformOwner(platformId);
    }
}
