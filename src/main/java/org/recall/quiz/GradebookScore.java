package org.recall.quiz;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.recall.activity.Activity;
import org.recall.grade.GradeOutbox;
import org.recall.grade.PendingScore;
import org.recall.teach.TeachingStore;

/**
 * The score a graded activity sends to the gradebook after a submitted attempt of its graded mode (the
 * quiz or the Practice test): the attempt policy's score over the student's submitted attempts, plus the
 * explain points an instructor awarded (issue 7), at most the activity's points, Completed and FullyGraded
 * (AGS 2.0 §3.4: the tool sends the grade it decides). Written to the outbox in the caller's transaction.
 */
final class GradebookScore {

    /** AGS 2.0 §3.4.4: the attempt is complete and fully graded by the tool. */
    static final String COMPLETED = "Completed";
    static final String FULLY_GRADED = "FullyGraded";

    private GradebookScore() {
    }

    static void enqueue(Connection c, GradeOutbox outbox, Activity activity, String userSub, List<Double> scoresOldestFirst,
            String comment, AgsGrant grant, Instant now) throws SQLException {
        double given = Math.min(activity.points(), activity.attemptPolicy().apply(scoresOldestFirst).orElseThrow()
                + TeachingStore.explainPoints(c, activity.id(), userSub));
        outbox.enqueue(c, new PendingScore(activity.platformId(), activity.id(), userSub, grant.lineItemUrl(),
                grant.lineItemsUrl(), grant.scopes(), Math.round(given * 100) / 100.0, activity.points().doubleValue(),
                COMPLETED, FULLY_GRADED, comment, now));
    }
}
