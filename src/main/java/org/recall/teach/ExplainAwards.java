package org.recall.teach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.recall.activity.Activity;
import org.recall.grade.GradeOutbox;
import org.recall.grade.GradeWorker;
import org.recall.grade.PendingScore;
import org.recall.quiz.AgsGrant;

/**
 * Points an instructor awards to an explain answer. For a graded activity whose launch grants the AGS
 * score scope, the student's gradebook score becomes the quiz score by the attempt policy plus every
 * explain point awarded, at most the activity's points, sent {@code FullyGraded} (AGS 2.0 §3.4): stored
 * with the award in one transaction.
 */
@ApplicationScoped
public class ExplainAwards {

    /** What an award changed: the points, and the score the gradebook will hold. */
    public record Outcome(int points, double scoreGiven, boolean sentToGradebook) {
    }

    @Inject
    TeachingStore store;

    @Inject
    GradeOutbox outbox;

    @Inject
    GradeWorker worker;

    public Outcome award(Activity activity, String userSub, String promptId, int points, String comment,
            String awardedBy, Optional<AgsGrant> grant) {
        Instant now = Instant.now();
        double total = store.inTransaction(c -> {
            TeachingStore.award(c, activity.id(), userSub, promptId, points, comment, awardedBy, now);
            double quiz = activity.attemptPolicy().apply(TeachingStore.gradedScores(c, activity, userSub)).orElse(0);
            double given = Math.min(activity.points(),
                    Math.round((quiz + TeachingStore.explainPoints(c, activity.id(), userSub)) * 100) / 100.0);
            if (grant.isPresent()) {
                outbox.enqueue(c, new PendingScore(activity.platformId(), activity.id(), userSub,
                        grant.get().lineItemUrl(), grant.get().lineItemsUrl(), grant.get().scopes(), given,
                        activity.points().doubleValue(), "Completed", "FullyGraded",
                        comment == null ? "Explain answers reviewed" : comment, now));
            }
            return given;
        });
        if (grant.isPresent()) {
            worker.wakeUp();
        }
        return new Outcome(points, total, grant.isPresent());
    }
}
