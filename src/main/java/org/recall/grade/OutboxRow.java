package org.recall.grade;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.recall.lti.ags.Score;
import org.recall.store.Sql;

/** One row of {@code grade_outbox}: a score and how its delivery stands. */
public record OutboxRow(
        long id,
        long platformId,
        long activityId,
        String userSub,
        URI lineItemUrl,
        URI lineItemsUrl,
        Set<String> scopes,
        Double scoreGiven,
        Double scoreMaximum,
        String activityProgress,
        String gradingProgress,
        String comment,
        Instant scoreTimestamp,
        OutboxStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Integer lastStatus,
        Instant deliveredAt,
        Instant createdAt,
        Instant retryFrom) {

    public Score score() {
        return new Score(userSub, scoreGiven, scoreMaximum, activityProgress, gradingProgress, scoreTimestamp, comment);
    }

    /** The start of the retry window: the row's creation, or the instructor's "send again". */
    public Instant retryWindowStart() {
        return retryFrom != null ? retryFrom : createdAt;
    }

    static OutboxRow read(ResultSet rs) throws SQLException {
        String lineItem = rs.getString("lineitem_url");
        String lineItems = rs.getString("lineitems_url");
        return new OutboxRow(rs.getLong("id"), rs.getLong("platform_id"), rs.getLong("activity_id"),
                rs.getString("user_sub"), lineItem == null ? null : URI.create(lineItem),
                lineItems == null ? null : URI.create(lineItems),
                Arrays.stream(rs.getString("scopes").split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toSet()),
                Sql.doubleOrNull(rs, "score_given"), Sql.doubleOrNull(rs, "score_maximum"),
                rs.getString("activity_progress"), rs.getString("grading_progress"), rs.getString("comment"),
                Sql.instant(rs, "score_timestamp"), OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                Sql.instant(rs, "next_attempt_at"), rs.getString("last_error"), Sql.integerOrNull(rs, "last_status"),
                Sql.instant(rs, "delivered_at"), Sql.instant(rs, "created_at"), Sql.instant(rs, "retry_from"));
    }
}
