package org.recall.grade;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recall.lti.http.ServiceException;
import org.recall.store.Sql;
import org.recall.store.StoreException;

/**
 * What went wrong with each platform's services, by cause ({@link ServiceException#cause()}): kept in
 * {@code platform_problem} for the admin page and {@code /health}, and logged once per platform and cause
 * (WARNING for a configuration failure, INFO for a transient one), not once per score. A cause is logged
 * again only after the service worked in between ({@link #resolved}). Holds reasons, never an answer body.
 */
public final class PlatformProblems {

    /** The service a problem belongs to. */
    public static final String GRADES = "grades";
    public static final String ROSTER = "roster";

    /** One cause of trouble with one platform. */
    public record Problem(long platformId, String service, String cause, ServiceException.Kind kind, int status,
            String reason, Instant firstAt, Instant lastAt, int occurrences, Instant resolvedAt) {

        public boolean isOpen() {
            return resolvedAt == null;
        }
    }

    private static final Logger LOG = Logger.getLogger(PlatformProblems.class.getName());
    private static final String COLUMNS = "platform_id, service, cause, kind, status, reason, first_at, last_at,"
            + " occurrences, resolved_at";

    private final Sql sql;
    private final Clock clock;

    public PlatformProblems(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** Records a failure of the platform's {@code service}; logs it when the cause is new or came back. */
    public void report(long platformId, String service, ServiceException e) {
        Instant now = clock.instant();
        String reason = e.getMessage() == null ? e.cause() : truncate(e.getMessage());
        boolean ongoing = sql.update("UPDATE platform_problem SET occurrences = occurrences + 1, last_at = ?, reason = ?,"
                        + " kind = ?, status = ? WHERE platform_id = ? AND cause = ? AND resolved_at IS NULL",
                now, reason, e.kind().name(), e.status(), platformId, e.cause()) == 1;
        if (ongoing) {
            return;
        }
        int started = sql.update("UPDATE platform_problem SET occurrences = 1, first_at = ?, last_at = ?, reason = ?,"
                        + " kind = ?, status = ?, service = ?, resolved_at = NULL WHERE platform_id = ? AND cause = ?"
                        + " AND resolved_at IS NOT NULL",
                now, now, reason, e.kind().name(), e.status(), service, platformId, e.cause());
        if (started == 0) {
            try {
                sql.update("INSERT INTO platform_problem (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, NULL)",
                        platformId, service, e.cause(), e.kind().name(), e.status(), reason, now, now);
            } catch (StoreException anotherInstanceWasFirst) {
                return; // it logged
            }
        }
        Level level = e.isTransient() ? Level.INFO : Level.WARNING;
        LOG.log(level, () -> "Platform " + platformId + " " + service + ": " + reason
                + (e.isTransient() ? " (retried with backoff)" : " (a person must fix this; not logged again until it works)"));
    }

    /** The platform's {@code service} worked: its open problems are over. */
    public void resolved(long platformId, String service) {
        int closed = sql.update("UPDATE platform_problem SET resolved_at = ? WHERE platform_id = ? AND service = ?"
                + " AND resolved_at IS NULL", clock.instant(), platformId, service);
        if (closed > 0) {
            LOG.info(() -> "Platform " + platformId + " " + service + " works again");
        }
    }

    /** The latest problem of the platform's {@code service}, open or resolved. */
    public Optional<Problem> latest(long platformId, String service) {
        return sql.one("SELECT " + COLUMNS + " FROM platform_problem WHERE platform_id = ? AND service = ?"
                + " ORDER BY last_at DESC FETCH FIRST 1 ROWS ONLY", PlatformProblems::read, platformId, service);
    }

    /** Every open problem, newest first. */
    public List<Problem> open() {
        return sql.list("SELECT " + COLUMNS + " FROM platform_problem WHERE resolved_at IS NULL ORDER BY last_at DESC",
                PlatformProblems::read);
    }

    private static Problem read(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Problem(rs.getLong("platform_id"), rs.getString("service"), rs.getString("cause"),
                ServiceException.Kind.valueOf(rs.getString("kind")), rs.getInt("status"), rs.getString("reason"),
                Sql.instant(rs, "first_at"), Sql.instant(rs, "last_at"), rs.getInt("occurrences"),
                Sql.instant(rs, "resolved_at"));
    }

    private static String truncate(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 1999) + "…";
    }
}
