package org.recall.grade;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.TreeSet;
import org.recall.store.Sql;

/**
 * Writes scores to the outbox. {@link #enqueue} takes the caller's connection so that the attempt and
 * its outbox row commit together: a score is never lost, and never sent for an attempt that was not stored.
 */
@ApplicationScoped
public class GradeOutbox {

    public static final String PENDING = "PENDING";

    public long enqueue(Connection c, PendingScore s) throws SQLException {
        Instant now = Instant.now();
        return Sql.insert(c, "INSERT INTO grade_outbox (platform_id, activity_id, user_sub, lineitem_url, lineitems_url,"
                        + " scopes, score_given, score_maximum, activity_progress, grading_progress, comment,"
                        + " score_timestamp, status, attempts, next_attempt_at, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "id",
                s.platformId(), s.activityId(), s.userSub(), s.lineItemUrl(), s.lineItemsUrl(),
                String.join(" ", new TreeSet<>(s.scopes())), s.scoreGiven(), s.scoreMaximum(), s.activityProgress(),
                s.gradingProgress(), s.comment(), s.timestamp(), PENDING, 0, now, now);
    }
}
