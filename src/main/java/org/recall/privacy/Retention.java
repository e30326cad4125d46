package org.recall.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recall.privacy.UserTable.RetentionKind;
import org.recall.store.Sql;

/**
 * Deletes what outlived its retention period (docs/privacy.md), run by the housekeeping task:
 * {@code RECALL_RETENTION_STUDY} for a learner's study data (ratings, boxes, resume states, explain answers and
 * awards, attempts and their answers, the learner's name and email), {@code RECALL_RETENTION_GRADES} for scores
 * already delivered, failed or superseded (a score still waiting is never deleted), {@code RECALL_RETENTION_AUDIT}
 * for the audit log. ISO-8601 durations, counted from each row's own timestamp.
 */
@ApplicationScoped
public class Retention {

    @Inject
    @ConfigProperty(name = "recall.retention.study", defaultValue = "P730D")
    String study;

    @Inject
    @ConfigProperty(name = "recall.retention.grades", defaultValue = "P180D")
    String grades;

    @Inject
    @ConfigProperty(name = "recall.retention.audit", defaultValue = "P400D")
    String audit;

    @Inject
    DataSource dataSource;

    public Map<RetentionKind, Duration> periods() {
        var periods = new EnumMap<RetentionKind, Duration>(RetentionKind.class);
        periods.put(RetentionKind.STUDY, Duration.parse(study));
        periods.put(RetentionKind.GRADES, Duration.parse(grades));
        periods.put(RetentionKind.AUDIT, Duration.parse(audit));
        return periods;
    }

    /** Deletes every row older than its period; returns the rows deleted per table. */
    public Map<String, Integer> enforce(Instant now) {
        return enforce(new Sql(dataSource), periods(), now);
    }

    static Map<String, Integer> enforce(Sql sql, Map<RetentionKind, Duration> periods, Instant now) {
        var deleted = new LinkedHashMap<String, Integer>();
        for (UserTable t : UserTables.ALL) {
            if (t.retention() == null) {
                continue;
            }
            String extra = t.retention() == RetentionKind.GRADES ? " AND status <> 'PENDING'" : "";
            int n = sql.update("DELETE FROM " + t.table() + " WHERE " + t.ageColumn() + " < ?" + extra,
                    now.minus(periods.get(t.retention())));
            deleted.merge(t.table(), n, Integer::sum);
        }
        return deleted;
    }
}
