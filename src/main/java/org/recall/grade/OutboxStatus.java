package org.recall.grade;

/** Where an outbox row stands. */
public enum OutboxStatus {
    /** Waiting for (another) delivery attempt at {@code next_attempt_at}. */
    PENDING,
    /** The platform accepted it (2xx), or answered 409 for a score it already holds or that a later one replaced. */
    DELIVERED,
    /** The platform refused it for good (a 4xx other than 429), or it could not be delivered within the retry window. */
    FAILED,
    /** Not sent: a later score of the same user and activity replaces it. */
    SUPERSEDED
}
