package org.recall.web.study;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import org.recall.deck.Deck;
import org.recall.deck.DeckJson;
import org.recall.deck.PublicQuestion;
import org.recall.deck.QuestionType;
import org.recall.json.Json;
import org.recall.quiz.GradebookStatus;
import org.recall.quiz.TestSubmission.TestResult;
import org.recall.quiz.TestAttempt;
import org.recall.quiz.TestGrader;
import org.recall.quiz.TestItem;

/**
 * The Practice test's JSON (docs/study-api.md). An open attempt holds public questions and card fronts
 * only; a result holds the key (each question's, each card's back) only when {@code showAnswers} is true.
 */
final class TestJson {

    private TestJson() {
    }

    static JsonObjectBuilder open(TestAttempt attempt, Deck deck, int attemptsUsed, Integer attemptsAllowed, Instant now) {
        var items = Json.createArrayBuilder();
        for (String id : attempt.itemIds()) {
            TestItem item = TestItem.of(deck, id).orElseThrow();
            if (item.question() != null) {
                PublicQuestion question = item.question().publicView();
                if (question.type() == QuestionType.MATCHING) {
                    // As in the quiz: the order of the choices says nothing about the pairs.
                    var choices = new ArrayList<>(question.matchChoices());
                    Collections.shuffle(choices);
                    question = new PublicQuestion(question.id(), question.type(), question.prompt(), question.options(),
                            question.matchPrompts(), choices);
                }
                items.add(Json.createObjectBuilder().add("id", id).add("kind", "question")
                        .add("question", DeckJson.publicQuestion(question)));
            } else {
                items.add(Json.createObjectBuilder().add("id", id).add("kind", "card").add("cardId", item.card().id())
                        .add("prompt", item.card().prompt()).add("level", item.card().level().jsonName()));
            }
        }
        var answers = Json.createObjectBuilder();
        attempt.answers().forEach(answers::add);
        return Json.createObjectBuilder()
                .add("attemptId", attempt.id())
                .add("number", attempt.number())
                .add("status", "open")
                .add("items", items)
                .add("answers", answers)
                .add("deadline", attempt.deadline() == null ? JsonValue.NULL : Json.createValue(attempt.deadline().toString()))
                .add("now", now.toString())
                .add("attemptsUsed", attemptsUsed)
                .add("attemptsAllowed", QuizJson.number(attemptsAllowed));
    }

    static JsonObjectBuilder result(TestResult result, int attemptsUsed, Integer attemptsAllowed,
            GradebookStatus gradebook) {
        var items = Json.createArrayBuilder();
        for (TestGrader.ItemOutcome outcome : result.grading().outcomes()) {
            TestItem item = outcome.item();
            var json = Json.createObjectBuilder()
                    .add("id", item.id())
                    .add("kind", item.question() != null ? "question" : "card")
                    .add("answer", outcome.answer() == null ? JsonValue.NULL : outcome.answer())
                    .add("credit", Math.round(outcome.credit() * 10000) / 10000.0)
                    .add("correct", outcome.correct());
            if (item.question() != null) {
                json.add("questionId", item.question().id()).add("type", item.question().type().jsonName());
                if (result.showAnswers()) {
                    AnswerKeyJson.add(json, item.question());
                    if (item.question().explanation() != null) {
                        json.add("explanation", item.question().explanation());
                    }
                }
            } else {
                json.add("cardId", item.card().id());
                if (result.showAnswers()) {
                    json.add("correctAnswer", item.card().answer());
                }
            }
            items.add(json);
        }
        TestAttempt attempt = result.attempt();
        return Json.createObjectBuilder()
                .add("attemptId", attempt.id())
                .add("number", attempt.number())
                .add("status", "submitted")
                .add("score", attempt.score())
                .add("maxScore", attempt.maxScore())
                .add("percent", result.grading().percent())
                .add("passed", result.passed())
                .add("showAnswers", result.showAnswers())
                .add("submittedAt", attempt.submittedAt().toString())
                .add("timeSpentSeconds", attempt.timeSpentSeconds())
                .add("items", items)
                .add("attemptsUsed", attemptsUsed)
                .add("attemptsAllowed", QuizJson.number(attemptsAllowed))
                .add("gradebook", QuizJson.gradebook(gradebook));
    }

    static JsonObjectBuilder summary(TestAttempt attempt) {
        return Json.createObjectBuilder()
                .add("id", attempt.id())
                .add("number", attempt.number())
                .add("score", attempt.score())
                .add("maxScore", attempt.maxScore())
                .add("items", attempt.itemIds().size())
                .add("submittedAt", attempt.submittedAt().toString());
    }
}
