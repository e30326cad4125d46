package org.recall.deck;

import java.time.Instant;

/**
 * One stored version of an uploaded deck, without its document (see {@link Decks#find(DeckId, int)}).
 *
 * @param owner       who may add versions: {@code admin}, or {@code platform:<id>} for a deck first
 *                    uploaded by an instructor of that platform
 * @param uploadedBy  {@code admin}, or the instructor's LTI user id
 * @param uploadedByName the instructor's name as their launch gave it; null for the administrator, for a
 *                    platform that shares no names, and for versions stored before names were kept
 * @param platformId  the platform of the instructor who stored this version; null for the administrator
 */
public record DeckVersion(DeckId id, int version, String title, Status status, String owner, String uploadedBy,
        String uploadedByName, Long platformId, Instant uploadedAt) {

    public enum Status {
        ACTIVE, RETIRED
    }

    public static final String ADMIN = "admin";

    public static String platformOwner(long platformId) {
        return "platform:" + platformId;
    }
}
