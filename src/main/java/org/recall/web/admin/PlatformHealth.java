package org.recall.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.recall.store.Sql;

/** What the admin page shows of a platform's traffic: the last AGS delivery that failed for good. */
@ApplicationScoped
public class PlatformHealth {

    /** The grade outbox status of a score the platform refused for a reason an admin must see. */
    static final String FAILED = "FAILED";

    /** The error of the latest failed score, and when that score was written. */
    public record GradeError(String message, Instant at) {
    }

    private Sql sql;

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    public Optional<GradeError> lastGradeError(long platformId) {
        return sql.one("SELECT last_error, created_at FROM grade_outbox WHERE platform_id = ? AND status = ?"
                        + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                rs -> new GradeError(rs.getString("last_error"), Sql.instant(rs, "created_at")), platformId, FAILED);
    }
}
