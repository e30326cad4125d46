package org.recall.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.recall.activity.Activity;
import org.recall.activity.AttemptPolicy;
import org.recall.activity.ShowAnswers;
import org.recall.activity.StudyMode;
import org.recall.deck.Decks;
import org.recall.grade.GradeOutbox;
import org.recall.store.Sql;
import org.recall.study.Learner;

/**
 * V14_1 on a database holding answers stored before it (an option id each): a submitted attempt keeps its
 * result, an open attempt keeps its saved answer and is submitted as before; item analysis reads them all.
 */
class AnswerMigrationTest {

    @Test
    void attemptsStoredBeforeV14KeepWorking() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").target("8").load().migrate();
        Sql sql = new Sql(h2);
        sql.update("INSERT INTO platform (issuer, client_id, authorization_endpoint, token_endpoint, jwks_uri, created_at)"
                + " VALUES ('https://lms.test', 'c', 'https://a', 'https://t', 'https://j', CURRENT_TIMESTAMP)");
        sql.update("INSERT INTO activity (platform_id, resource_link_id, deck_id, modes, points, attempts_allowed,"
                + " attempt_policy, pass_percent, shuffle_questions, show_answers, send_progress, configured, created_at,"
                + " updated_at) VALUES (1, 'rl', 'mlops-vs-devops', 'quiz', 10, NULL, 'HIGHEST', 60, FALSE,"
                + " 'AFTER_EACH_ATTEMPT', FALSE, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        sql.update("INSERT INTO quiz_attempt (activity_id, user_sub, deck_id, attempt_number, question_order, open_slot,"
                + " started_at, submitted_at, score, max_score, time_spent_seconds) VALUES (1, 'ana', 'mlops-vs-devops', 1,"
                + " 'q1,q2,q3,q4,q5', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 4, 10, 30)");
        sql.update("INSERT INTO quiz_answer (attempt_id, question_id, option_id, correct, answered_at) VALUES"
                + " (1, 'q1', 'a', TRUE, CURRENT_TIMESTAMP), (1, 'q2', 'c', TRUE, CURRENT_TIMESTAMP),"
                + " (1, 'q3', 'a', FALSE, CURRENT_TIMESTAMP)");
        sql.update("INSERT INTO quiz_attempt (activity_id, user_sub, deck_id, attempt_number, question_order, open_slot,"
                + " started_at) VALUES (1, 'ana', 'mlops-vs-devops', 2, 'q1,q2,q3,q4,q5', 1, CURRENT_TIMESTAMP)");
        sql.update("INSERT INTO quiz_answer (attempt_id, question_id, option_id, answered_at) VALUES"
                + " (2, 'q1', 'a', CURRENT_TIMESTAMP)");

        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();

        Decks decks = new Decks();
        QuizAttempts attempts = new QuizAttempts(h2);
        QuizResults results = new QuizResults(h2, decks);
        Activity quiz = new Activity(1, 1, "rl", "Quiz", "mlops-vs-devops", null, Set.of(StudyMode.QUIZ), 10, null,
                AttemptPolicy.HIGHEST, 60, false, ShowAnswers.AFTER_EACH_ATTEMPT, false, true);
        Learner ana = new Learner(1, "ana");
        Attempt first = attempts.find(1).orElseThrow();
        assertEquals(Map.of("q1", Json.createValue("a"), "q2", Json.createValue("c"), "q3", Json.createValue("a")),
                first.answers());
        QuizResult result = results.result(quiz, first, 1, Optional.empty());
        assertEquals(4.0, result.attempt().score());
        assertEquals(List.of(true, true, false, false, false),
                result.grading().outcomes().stream().map(QuestionOutcome::correct).toList());

        Attempt open = attempts.open(ana).orElseThrow();
        assertEquals(Map.of("q1", Json.createValue("a")), open.answers());
        var submission = new QuizSubmission(h2, new GradeOutbox(), attempts, results, Clock.systemUTC());
        QuizResult second = submission.submit(quiz, open, QuizSubmissionTest.choices("q2", "c"), Optional.empty());
        assertEquals(4.0, second.attempt().score());
        assertTrue(sql.list("SELECT credit FROM quiz_answer WHERE attempt_id = 1 ORDER BY question_id",
                rs -> rs.getDouble(1)).equals(List.of(1.0, 1.0, 0.0)));
    }
}
