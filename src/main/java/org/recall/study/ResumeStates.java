package org.recall.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.recall.activity.StudyMode;
import org.recall.store.Sql;

/**
 * The resume state a study page stores per learner and mode, so the student continues where they left
 * off (issue 5, "across all modes"). Recall does not interpret it: it is the page's own JSON object.
 */
@ApplicationScoped
public class ResumeStates {

    /** The largest state kept, in characters of its JSON text (docs/study-api.md: 8 KiB). */
    public static final int MAX_LENGTH = 8 * 1024;

    private Sql sql;

    public ResumeStates() {
    }

    public ResumeStates(DataSource dataSource) {
        init(dataSource);
    }

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    public Optional<String> find(Learner learner, StudyMode mode) {
        return sql.one("SELECT state FROM resume_state WHERE activity_id = ? AND user_sub = ? AND mode = ?",
                rs -> rs.getString(1), learner.activityId(), learner.userSub(), mode.code());
    }

    /** Stores the state (JSON text already validated by the caller), replacing the previous one. */
    public void store(Learner learner, StudyMode mode, String json) {
        if (json.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("resume state longer than " + MAX_LENGTH);
        }
        sql.inTransaction(c -> {
            int changed = Sql.update(c, "UPDATE resume_state SET state = ?, updated_at = ? WHERE activity_id = ?"
                    + " AND user_sub = ? AND mode = ?", json, Instant.now(), learner.activityId(), learner.userSub(),
                    mode.code());
            if (changed == 0) {
                Sql.update(c, "INSERT INTO resume_state (activity_id, user_sub, mode, state, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?)", learner.activityId(), learner.userSub(), mode.code(), json,
                        Instant.now());
            }
            return null;
        });
    }
}
