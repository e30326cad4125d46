package org.recall.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.recall.store.Sql;

/** Match: each student's best time and latest time (milliseconds, the wrong-pair seconds included). */
@ApplicationScoped
public class MatchTimes {

    /** One student's record. */
    public record MatchRecord(int bestMillis, int lastMillis, int games) {
    }

    /** A game under a second is not a game; over an hour, not a timed one. */
    public static final int MIN_MILLIS = 1_000;
    public static final int MAX_MILLIS = 3_600_000;

    private Sql sql;

    public MatchTimes() {
    }

    public MatchTimes(DataSource dataSource) {
        init(dataSource);
    }

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    public Optional<MatchRecord> find(Learner learner) {
        return sql.one("SELECT best_ms, last_ms, games FROM match_time WHERE activity_id = ? AND user_sub = ?",
                rs -> new MatchRecord(rs.getInt(1), rs.getInt(2), rs.getInt(3)), learner.activityId(), learner.userSub());
    }

    /** Records a finished game; the best time is the lowest ever. */
    public MatchRecord finish(Learner learner, int millis) {
        if (millis < MIN_MILLIS || millis > MAX_MILLIS) {
            throw new IllegalArgumentException("match time out of range: " + millis);
        }
        sql.inTransaction(c -> {
            int changed = Sql.update(c, "UPDATE match_time SET best_ms = CASE WHEN best_ms < ? THEN best_ms ELSE ? END,"
                            + " last_ms = ?, games = games + 1, updated_at = ? WHERE activity_id = ? AND user_sub = ?",
                    millis, millis, millis, Instant.now(), learner.activityId(), learner.userSub());
            if (changed == 0) {
                Sql.update(c, "INSERT INTO match_time (activity_id, user_sub, best_ms, last_ms, games, updated_at)"
                        + " VALUES (?, ?, ?, ?, 1, ?)", learner.activityId(), learner.userSub(), millis, millis, Instant.now());
            }
            return null;
        });
        return find(learner).orElseThrow();
    }

    /** Best times of every student of the activity, by user id. */
    public Map<String, Integer> bestByStudent(long activityId) {
        Map<String, Integer> best = new HashMap<>();
        sql.list("SELECT user_sub, best_ms FROM match_time WHERE activity_id = ?",
                rs -> best.put(rs.getString(1), rs.getInt(2)), activityId);
        return best;
    }
}
