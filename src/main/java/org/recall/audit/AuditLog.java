package org.recall.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.recall.store.Sql;

/** The {@code audit_event} table: appended to, listed with filters, purged by age; nothing else. */
@ApplicationScoped
public class AuditLog {

    /** The most events one listing returns. */
    public static final int MAX_LIMIT = 500;

    /** What to list: each field narrows the list when set; newest first, at most {@code limit}. */
    public record Filter(AuditAction action, String actor, Long platformId, Instant since, Instant until, int limit) {
    }

    private Sql sql;

    @Inject
    void setDataSource(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /** For tests outside the container. */
    public static AuditLog over(DataSource dataSource) {
        AuditLog log = new AuditLog();
        log.setDataSource(dataSource);
        return log;
    }

    /** An event as the web layer reports it: what changed, about whom (or null), and the request's addresses. */
    public record Entry(Actor actor, Long platformId, AuditAction action, String target, String subjectUser,
            String detail, String address, String forwardedFor) {
    }

    public void record(Entry e, Instant at) {
        sql.update("INSERT INTO audit_event (occurred_at, actor_kind, actor, platform_id, action, target,"
                + " subject_user, detail, address, forwarded_for) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", at,
                e.actor().kind().name(), clip(e.actor().id(), 300), e.platformId(), e.action().name(),
                clip(e.target(), 1000), clip(e.subjectUser(), 255), clip(e.detail(), 4000), clip(e.address(), 100),
                clip(e.forwardedFor(), 300));
    }

    public List<AuditEvent> list(Filter filter) {
        var where = new StringBuilder(" WHERE 1 = 1");
        var params = new ArrayList<Object>();
        if (filter.action() != null) {
            where.append(" AND action = ?");
            params.add(filter.action().name());
        }
        if (filter.actor() != null) {
            where.append(" AND actor = ?");
            params.add(filter.actor());
        }
        if (filter.platformId() != null) {
            where.append(" AND platform_id = ?");
            params.add(filter.platformId());
        }
        if (filter.since() != null) {
            where.append(" AND occurred_at >= ?");
            params.add(filter.since());
        }
        if (filter.until() != null) {
            where.append(" AND occurred_at < ?");
            params.add(filter.until());
        }
        int limit = Math.max(1, Math.min(filter.limit(), MAX_LIMIT));
        return sql.list("SELECT * FROM audit_event" + where + " ORDER BY occurred_at DESC, id DESC"
                + " FETCH FIRST " + limit + " ROWS ONLY", AuditLog::read, params.toArray());
    }

    /** The events an LMS user made as an instructor, or that were about them (for their data export). */
    public List<AuditEvent> byUser(long platformId, String userSub) {
        return sql.list("SELECT * FROM audit_event WHERE platform_id = ? AND ((actor_kind = 'INSTRUCTOR'"
                + " AND actor = ?) OR subject_user = ?) ORDER BY occurred_at", AuditLog::read, platformId, userSub, userSub);
    }

    /**
     * Erasure of an LMS user: the events they made or that were about them stay (what changed, and when, remains
     * accountable) with {@code replacement} where their {@code sub} was.
     */
    public int anonymise(long platformId, String userSub, String replacement) {
        return sql.update("UPDATE audit_event SET actor = ? WHERE actor_kind = 'INSTRUCTOR' AND platform_id = ?"
                + " AND actor = ?", replacement, platformId, userSub)
                + sql.update("UPDATE audit_event SET subject_user = ? WHERE platform_id = ? AND subject_user = ?",
                        replacement, platformId, userSub);
    }

    /** Deletes events older than {@code cutoff} (the retention period); returns how many. */
    public int purgeBefore(Instant cutoff) {
        return sql.update("DELETE FROM audit_event WHERE occurred_at < ?", cutoff);
    }

    private static AuditEvent read(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong("id"), Sql.instant(rs, "occurred_at"),
                new Actor(Actor.Kind.valueOf(rs.getString("actor_kind")), rs.getString("actor")),
                Sql.longOrNull(rs, "platform_id"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("target"), rs.getString("subject_user"),
                rs.getString("detail"),
                rs.getString("address"), rs.getString("forwarded_for"));
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
