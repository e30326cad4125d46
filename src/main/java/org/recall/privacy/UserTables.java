package org.recall.privacy;

import static org.recall.privacy.UserTable.Erasure.ANONYMISE;
import static org.recall.privacy.UserTable.Erasure.DELETE;
import static org.recall.privacy.UserTable.RetentionKind.AUDIT;
import static org.recall.privacy.UserTable.RetentionKind.GRADES;
import static org.recall.privacy.UserTable.RetentionKind.STUDY;
import static org.recall.privacy.UserTable.Scope.ACTIVITY;
import static org.recall.privacy.UserTable.Scope.ATTEMPT;
import static org.recall.privacy.UserTable.Scope.DECK_OWNER;
import static org.recall.privacy.UserTable.Scope.PLATFORM;
import static org.recall.privacy.UserTable.Scope.TEST_ATTEMPT;

import java.util.List;
import java.util.Set;

/**
 * Every place the schema keeps something about an LMS user (docs/privacy.md says why each is kept). A new
 * table or column naming a user must be added here, or {@code UserTablesTest} fails. Order matters for
 * erasure: answers before their attempts.
 */
public final class UserTables {

    /** What an erasure writes where a user's {@code sub} was, in rows that stay. */
    public static final String ERASED = "erased-user";

    public static final List<UserTable> ALL = List.of(
            new UserTable("study_session", "user_sub", PLATFORM, DELETE, null, null, null, Set.of("token_hash")),
            new UserTable("activity_learner", "user_sub", ACTIVITY, DELETE, STUDY, "last_launch_at", null, Set.of()),
            new UserTable("resume_state", "user_sub", ACTIVITY, DELETE, STUDY, "updated_at", null, Set.of()),
            new UserTable("review_rating", "user_sub", ACTIVITY, DELETE, STUDY, "updated_at", null, Set.of()),
            new UserTable("fsrs_card", "user_sub", ACTIVITY, DELETE, STUDY, "last_review", null, Set.of()),
            new UserTable("match_time", "user_sub", ACTIVITY, DELETE, STUDY, "updated_at", null, Set.of()),
            new UserTable("study_time", "user_sub", ACTIVITY, DELETE, STUDY, "study_day", null, Set.of()),
            new UserTable("explain_answer", "user_sub", ACTIVITY, DELETE, STUDY, "updated_at", null, Set.of()),
            new UserTable("explain_award", "user_sub", ACTIVITY, DELETE, STUDY, "awarded_at", null, Set.of()),
            new UserTable("explain_award", "awarded_by", ACTIVITY, ANONYMISE, null, null, null, Set.of()),
            new UserTable("quiz_answer", null, ATTEMPT, DELETE, null, null, null, Set.of()),
            new UserTable("quiz_attempt", "user_sub", ACTIVITY, DELETE, STUDY, "started_at", null, Set.of()),
            new UserTable("test_answer", null, TEST_ATTEMPT, DELETE, null, null, null, Set.of()),
            new UserTable("test_attempt", "user_sub", ACTIVITY, DELETE, STUDY, "started_at", null, Set.of()),
            new UserTable("grade_outbox", "user_sub", PLATFORM, DELETE, GRADES, "created_at", null, Set.of("claim_token")),
            new UserTable("deck_version", "uploaded_by", DECK_OWNER, ANONYMISE, null, null, null, Set.of("document"),
                    Set.of("uploaded_by_name")),
            new UserTable("deck_draft", "created_by", PLATFORM, ANONYMISE, null, null, null, Set.of("document"),
                    Set.of("created_by_name")),
            new UserTable("deck_draft", "updated_by", PLATFORM, ANONYMISE, null, null, null, Set.of("document"),
                    Set.of("updated_by_name")),
            new UserTable("audit_event", "actor", PLATFORM, ANONYMISE, AUDIT, "occurred_at", "actor_kind = 'INSTRUCTOR'",
                    Set.of()),
            new UserTable("audit_event", "subject_user", PLATFORM, ANONYMISE, AUDIT, "occurred_at", null, Set.of()));

    /**
     * Tables that have a column whose name looks like a user's but holds none, with the reason. Checked by
     * {@code UserTablesTest} like the list above.
     */
    public static final List<String> NOT_USER_DATA = List.of(
            "deck_version.owner: 'admin' or 'platform:<id>', never a user",
            "audit_event.actor_kind: ADMIN, INSTRUCTOR or REGISTRATION, a kind and not a user");

    private UserTables() {
    }
}
