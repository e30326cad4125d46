package org.recall.audit;

/** What an audited request changed. Stored by name: never rename a constant, add new ones. */
public enum AuditAction {
    PLATFORM_ADDED,
    PLATFORM_REMOVED,
    PLATFORM_CHANGED,
    DEPLOYMENT_ADDED,
    DEPLOYMENT_REMOVED,
    REGISTRATION_APPROVED,
    SERVICE_ORIGINS_CHANGED,
    KEY_ROTATED,
    DECK_UPLOADED,
    DECK_PUBLISHED,
    DECK_DRAFT_PUBLISHED,
    DECK_RETIRED,
    ACTIVITY_SETTINGS_CHANGED,
    EXPLAIN_POINTS_AWARDED,
    GRADE_RESENT,
    USER_DATA_EXPORTED,
    USER_DATA_ERASED
}
