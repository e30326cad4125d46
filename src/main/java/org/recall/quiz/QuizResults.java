package org.recall.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.recall.activity.Activity;
import org.recall.deck.Deck;
import org.recall.deck.Decks;
import org.recall.store.Sql;
import org.recall.study.Learner;

/** Builds the result view of submitted attempts and reads where the learner's score stands in the gradebook. */
@ApplicationScoped
public class QuizResults {

    private Sql sql;

    @Inject
    Decks decks;

    public QuizResults() {
    }

    public QuizResults(DataSource dataSource, Decks decks) {
        init(dataSource);
        this.decks = decks;
    }

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /** The result of a submitted attempt, answers shown as the activity's rule allows with this many attempts used. */
    public QuizResult result(Activity activity, Attempt attempt, int attemptsUsed, Optional<AgsGrant> grant) {
        if (attempt.isOpen()) {
            throw new IllegalArgumentException("attempt " + attempt.id() + " is open: it has no result");
        }
        GradedAttempt grading = Grader.grade(deckOf(attempt), attempt.questionIds(), attempt.answers(), attempt.maxScore());
        boolean show = AnswerVisibility.showsAnswers(activity.showAnswers(), activity.attemptsAllowed(), attemptsUsed);
        return new QuizResult(attempt, grading, grading.passes(activity.passPercent()), show,
                gradebook(activity, attempt.learner(), grant));
    }

    public Deck deckOf(Attempt attempt) {
        return decks.find(attempt.deckId())
                .orElseThrow(() -> new IllegalStateException("deck " + attempt.deckId() + " of attempt " + attempt.id()));
    }

    /** Where the learner's score stands: from the latest grade outbox row of this learner and activity. */
    public GradebookStatus gradebook(Activity activity, Learner learner, Optional<AgsGrant> grant) {
        if (!activity.isGraded()) {
            return GradebookStatus.NOT_GRADED;
        }
        List<String> statuses = sql.list("SELECT status FROM grade_outbox WHERE activity_id = ? AND user_sub = ?"
                        + " ORDER BY score_timestamp DESC, id DESC FETCH FIRST 1 ROWS ONLY", rs -> rs.getString(1),
                learner.activityId(), learner.userSub());
        if (!statuses.isEmpty()) {
            return GradebookStatus.ofOutboxStatus(statuses.get(0));
        }
        return grant.isPresent() ? GradebookStatus.NOTHING_YET : GradebookStatus.NO_GRADEBOOK;
    }
}
