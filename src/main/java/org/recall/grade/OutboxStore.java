package org.recall.grade;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.recall.store.Sql;

/**
 * The delivery side of {@code grade_outbox}. Rows are claimed with a compare-and-set on a lease
 * ({@code UPDATE … WHERE id = ? AND (claimed_until IS NULL OR claimed_until < now)}, update count 1):
 * portable across H2 and PostgreSQL, holds no transaction open during the HTTP call, and a claim
 * held by a crashed instance simply expires. Every outcome is written only under the claim's token.
 */
public final class OutboxStore {

    /** A row this worker may deliver until {@code until}. */
    public record Claim(OutboxRow row, String token, Instant until) {
    }

    static final int MAX_ERROR = 4000;
    /** Row {@code o} is its student's latest score in its activity. */
    private static final String LATEST = "NOT EXISTS (SELECT 1 FROM grade_outbox n WHERE n.activity_id = o.activity_id"
            + " AND n.user_sub = o.user_sub AND (n.score_timestamp > o.score_timestamp"
            + " OR (n.score_timestamp = o.score_timestamp AND n.id > o.id)))";

    private final Sql sql;

    public OutboxStore(Sql sql) {
        this.sql = sql;
    }

    /** Pending rows due at {@code now} and not claimed, oldest first. */
    public List<OutboxRow> due(Instant now, int limit) {
        return sql.list("SELECT * FROM grade_outbox WHERE status = ? AND next_attempt_at <= ?"
                        + " AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY next_attempt_at, id"
                        + " FETCH FIRST " + limit + " ROWS ONLY",
                OutboxRow::read, OutboxStatus.PENDING.name(), now, now);
    }

    /** Claims a due row for {@code lease}; empty when another worker holds it or it is no longer pending. */
    public Optional<Claim> claim(long id, Instant now, Duration lease) {
        String token = UUID.randomUUID().toString();
        Instant until = now.plus(lease);
        int claimed = sql.update("UPDATE grade_outbox SET claimed_until = ?, claim_token = ? WHERE id = ? AND status = ?"
                        + " AND (claimed_until IS NULL OR claimed_until < ?)",
                until, token, id, OutboxStatus.PENDING.name(), now);
        if (claimed != 1) {
            return Optional.empty();
        }
        return sql.one("SELECT * FROM grade_outbox WHERE id = ? AND claim_token = ?", OutboxRow::read, id, token)
                .map(row -> new Claim(row, token, until));
    }

    /** Whether a later score of the same user and activity exists: this row need not be sent. */
    public boolean isSuperseded(OutboxRow row) {
        return sql.one("SELECT COUNT(*) FROM grade_outbox WHERE activity_id = ? AND user_sub = ? AND id <> ?"
                        + " AND (score_timestamp > ? OR (score_timestamp = ? AND id > ?))",
                rs -> rs.getLong(1), row.activityId(), row.userSub(), row.id(), row.scoreTimestamp(),
                row.scoreTimestamp(), row.id()).orElse(0L) > 0;
    }

    /** Makes the platform's pending rows that wait for a retry due now; answers how many. */
    public int retryPlatformNow(long platformId, Instant now) {
        return sql.update("UPDATE grade_outbox SET next_attempt_at = ? WHERE platform_id = ? AND status = ?"
                + " AND next_attempt_at > ?", now, platformId, OutboxStatus.PENDING.name(), now);
    }

    public boolean delivered(Claim claim, Instant now, int status, String note) {
        return finish(claim, OutboxStatus.DELIVERED, now, status, note);
    }

    public boolean failed(Claim claim, Instant now, int status, String error) {
        return finish(claim, OutboxStatus.FAILED, null, status, error);
    }

    public boolean superseded(Claim claim) {
        return finish(claim, OutboxStatus.SUPERSEDED, null, null, null);
    }

    /** Counts a failed attempt and schedules the next one. */
    public boolean retryAt(Claim claim, Instant next, int status, String error) {
        return sql.update("UPDATE grade_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_status = ?,"
                        + " last_error = ?, claimed_until = NULL, claim_token = NULL WHERE id = ? AND claim_token = ?",
                next, status, truncate(error), claim.row().id(), claim.token()) == 1;
    }

    /** Gives the row back without counting an attempt (e.g. while another worker creates its line item). */
    public boolean release(Claim claim, Instant next) {
        return sql.update("UPDATE grade_outbox SET next_attempt_at = ?, claimed_until = NULL, claim_token = NULL"
                + " WHERE id = ? AND claim_token = ?", next, claim.row().id(), claim.token()) == 1;
    }

    /** The instructor's "send again": the user's latest score goes back to pending, with a new retry window. */
    public boolean resend(long activityId, String userSub, Instant now) {
        Optional<OutboxRow> latest = latest(activityId, userSub);
        if (latest.isEmpty()) {
            return false;
        }
        return sql.update("UPDATE grade_outbox SET status = ?, next_attempt_at = ?, retry_from = ?, last_error = NULL,"
                        + " last_status = NULL, claimed_until = NULL, claim_token = NULL WHERE id = ?",
                OutboxStatus.PENDING.name(), now, now, latest.get().id()) == 1;
    }

    /**
     * The administrator's "send failed scores again" after fixing a platform's configuration: every failed
     * score of the platform that is its student's latest goes back to pending, with a new retry window.
     */
    public int resendFailed(long platformId, Instant now) {
        return sql.update("UPDATE grade_outbox o SET status = ?, next_attempt_at = ?, retry_from = ?, last_error = NULL,"
                + " last_status = NULL, claimed_until = NULL, claim_token = NULL WHERE o.platform_id = ? AND o.status = ?"
                + " AND " + LATEST, OutboxStatus.PENDING.name(), now, now, platformId, OutboxStatus.FAILED.name());
    }

    /** How many of the platform's scores wait for delivery, and how many failed (each student's latest only). */
    public Map<OutboxStatus, Long> counts(long platformId) {
        var counts = new EnumMap<OutboxStatus, Long>(OutboxStatus.class);
        counts.put(OutboxStatus.PENDING, 0L);
        counts.put(OutboxStatus.FAILED, 0L);
        sql.list("SELECT o.status, COUNT(*) AS n FROM grade_outbox o WHERE o.platform_id = ? AND o.status IN (?, ?)"
                        + " AND " + LATEST + " GROUP BY o.status",
                rs -> counts.put(OutboxStatus.valueOf(rs.getString("status")), rs.getLong("n")),
                platformId, OutboxStatus.PENDING.name(), OutboxStatus.FAILED.name());
        return counts;
    }

    public Optional<OutboxRow> latest(long activityId, String userSub) {
        return sql.one("SELECT * FROM grade_outbox WHERE activity_id = ? AND user_sub = ?"
                + " ORDER BY score_timestamp DESC, id DESC FETCH FIRST 1 ROWS ONLY", OutboxRow::read, activityId, userSub);
    }

    /** Every row of the activity, latest first per user. */
    public List<OutboxRow> forActivity(long activityId) {
        return sql.list("SELECT * FROM grade_outbox WHERE activity_id = ? ORDER BY user_sub, score_timestamp DESC, id DESC",
                OutboxRow::read, activityId);
    }

    public Optional<OutboxRow> byId(long id) {
        return sql.one("SELECT * FROM grade_outbox WHERE id = ?", OutboxRow::read, id);
    }

    private boolean finish(Claim claim, OutboxStatus status, Instant deliveredAt, Integer httpStatus, String note) {
        return sql.update("UPDATE grade_outbox SET status = ?, delivered_at = ?, last_status = ?, last_error = ?,"
                        + " attempts = attempts + 1, claimed_until = NULL, claim_token = NULL WHERE id = ? AND claim_token = ?",
                status.name(), deliveredAt, httpStatus, truncate(note), claim.row().id(), claim.token()) == 1;
    }

    static String truncate(String s) {
        return s == null || s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR - 1) + "…";
    }
}
