package org.recall.grade;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;
import org.recall.store.Sql;

/**
 * Writes scores to the outbox. {@link #enqueue} takes the caller's connection so that the attempt and
 * its outbox row commit together: a score is never lost, and never sent for an attempt that was not stored.
 * Every score of a learner in an activity gets a timestamp in a later second than the one before:
 * platforms keep the newest score (AGS 2.0 §3.4.7) and Moodle compares at one-second resolution,
 * answering 409 to a score that is not later.
 */
@ApplicationScoped
public class GradeOutbox {

    public static final String PENDING = "PENDING";

    public long enqueue(Connection c, PendingScore s) throws SQLException {
        Instant now = Instant.now();
        Instant timestamp = laterThanPrevious(c, s.activityId(), s.userSub(), s.timestamp());
        return Sql.insert(c, "INSERT INTO grade_outbox (platform_id, activity_id, user_sub, lineitem_url, lineitems_url,"
                        + " scopes, score_given, score_maximum, activity_progress, grading_progress, comment,"
                        + " score_timestamp, status, attempts, next_attempt_at, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "id",
                s.platformId(), s.activityId(), s.userSub(), s.lineItemUrl(), s.lineItemsUrl(),
                String.join(" ", new TreeSet<>(s.scopes())), s.scoreGiven(), s.scoreMaximum(), s.activityProgress(),
                s.gradingProgress(), s.comment(), timestamp, PENDING, 0, now, now);
    }

    /** {@code wanted} (to the millisecond), or the start of the second after the learner's previous score. */
    static Instant laterThanPrevious(Connection c, long activityId, String userSub, Instant wanted) throws SQLException {
        Instant candidate = wanted.truncatedTo(ChronoUnit.MILLIS);
        List<Instant> latest = Sql.list(c, "SELECT MAX(score_timestamp) AS latest FROM grade_outbox"
                + " WHERE activity_id = ? AND user_sub = ?", rs -> Sql.instant(rs, "latest"), activityId, userSub);
        Instant last = latest.isEmpty() ? null : latest.get(0);
        if (last == null || candidate.getEpochSecond() > last.getEpochSecond()) {
            return candidate;
        }
        return last.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    }
}
