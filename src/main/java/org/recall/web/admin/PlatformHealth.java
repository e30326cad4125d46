package org.recall.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.recall.grade.GradeWorker;
import org.recall.grade.OutboxStatus;
import org.recall.grade.PlatformProblems;
import org.recall.json.Json;
import org.recall.store.Sql;

/**
 * What the admin page shows of a platform's services: scores waiting and failed, the latest problem of grade
 * delivery or roster reads (its plain reason, when it began, whether it is over), and the last score that
 * failed for good.
 */
@ApplicationScoped
public class PlatformHealth {

    /** The grade outbox status of a score the platform refused for a reason an admin must see. */
    static final String FAILED = "FAILED";

    /** The error of the latest failed score, and when that score was written. */
    public record GradeError(String message, Instant at) {
    }

    private Sql sql;

    @Inject
    GradeWorker worker;

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    public Optional<GradeError> lastGradeError(long platformId) {
        return sql.one("SELECT last_error, created_at FROM grade_outbox WHERE platform_id = ? AND status = ?"
                        + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                rs -> new GradeError(rs.getString("last_error"), Sql.instant(rs, "created_at")), platformId, FAILED);
    }

    /**
     * {@code {"scoresWaiting", "scoresFailed", "problems": {"grades"?: problem, "roster"?: problem}}} for the
     * platform's entry in {@code GET /api/admin/platforms}, each problem the service's latest:
     * {@code {"kind", "status", "reason", "since", "lastAt", "occurrences", "resolvedAt"?}}.
     */
    public void describe(long platformId, JsonObjectBuilder json) {
        var counts = worker.outbox().counts(platformId);
        json.add("scoresWaiting", counts.get(OutboxStatus.PENDING)).add("scoresFailed", counts.get(OutboxStatus.FAILED));
        var problems = Json.createObjectBuilder();
        for (String service : new String[] {PlatformProblems.GRADES, PlatformProblems.ROSTER}) {
            worker.problems().latest(platformId, service).ifPresent(p -> problems.add(service, problem(p)));
        }
        json.add("problems", problems);
    }

    static JsonObjectBuilder problem(PlatformProblems.Problem p) {
        var json = Json.createObjectBuilder().add("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT))
                .add("status", p.status()).add("reason", p.reason()).add("since", p.firstAt().toString())
                .add("lastAt", p.lastAt().toString()).add("occurrences", p.occurrences());
        if (p.resolvedAt() != null) {
            json.add("resolvedAt", p.resolvedAt().toString());
        }
        return json;
    }
}
