package org.recall.grade;

import java.time.Instant;
import java.util.Set;

/**
 * One score to deliver (AGS 2.0 §3.4 score publish service).
 *
 * @param lineItemUrl  the launch's {@code lineitem}, when the platform gave one
 * @param lineItemsUrl the launch's {@code lineitems} container, to find or create the line item otherwise
 * @param scopes       the AGS scopes the launch granted
 * @param scoreGiven   null for a progress-only score (no grade yet)
 * @param timestamp    strictly increasing per user and line item (AGS §3.4.7; Moodle answers 409 otherwise)
 */
public record PendingScore(
        long platformId,
        long activityId,
        String userSub,
        String lineItemUrl,
        String lineItemsUrl,
        Set<String> scopes,
        Double scoreGiven,
        Double scoreMaximum,
        String activityProgress,
        String gradingProgress,
        String comment,
        Instant timestamp) {

    public PendingScore {
        scopes = Set.copyOf(scopes);
    }
}
