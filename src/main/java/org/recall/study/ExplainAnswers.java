package org.recall.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.recall.store.Sql;

/** Explain answers in the database: the latest answer per prompt. Not graded (issue 5, mode 3). */
@ApplicationScoped
public class ExplainAnswers {

    private Sql sql;

    public ExplainAnswers() {
    }

    public ExplainAnswers(DataSource dataSource) {
        init(dataSource);
    }

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    public List<ExplainAnswer> all(Learner learner) {
        return sql.list("SELECT prompt_id, answer_text, concepts FROM explain_answer WHERE activity_id = ?"
                        + " AND user_sub = ? ORDER BY prompt_id",
                rs -> new ExplainAnswer(rs.getString(1), rs.getString(2), ExplainAnswer.parseConcepts(rs.getString(3))),
                learner.activityId(), learner.userSub());
    }

    public void store(Learner learner, ExplainAnswer answer) {
        sql.inTransaction(c -> {
            int changed = Sql.update(c, "UPDATE explain_answer SET answer_text = ?, concepts = ?, updated_at = ?"
                            + " WHERE activity_id = ? AND user_sub = ? AND prompt_id = ?",
                    answer.text(), answer.conceptList(), Instant.now(), learner.activityId(), learner.userSub(),
                    answer.promptId());
            if (changed == 0) {
                Sql.update(c, "INSERT INTO explain_answer (activity_id, user_sub, prompt_id, answer_text, concepts,"
                                + " updated_at) VALUES (?, ?, ?, ?, ?, ?)", learner.activityId(), learner.userSub(),
                        answer.promptId(), answer.text(), answer.conceptList(), Instant.now());
            }
            return null;
        });
    }
}
