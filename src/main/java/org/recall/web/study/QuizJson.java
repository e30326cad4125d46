package org.recall.web.study;

import org.recall.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import org.recall.deck.Deck;
import org.recall.deck.PublicQuestion;
import org.recall.deck.DeckJson;
import org.recall.deck.Question;
import org.recall.deck.QuestionType;
import org.recall.quiz.Attempt;
import org.recall.quiz.GradebookStatus;
import org.recall.quiz.QuestionOutcome;
import org.recall.quiz.QuizResult;
import org.recall.quiz.ScoredAttempt;

/**
 * The quiz's JSON (docs/study-api.md). An open attempt is written from {@link PublicQuestion}s only; the
 * key and the explanation are written only into a result whose {@code showAnswers} is true.
 */
final class QuizJson {

    private QuizJson() {
    }

    static JsonObjectBuilder open(Attempt attempt, Deck deck, int attemptsUsed, Integer attemptsAllowed) {
        var questions = Json.createArrayBuilder();
        for (String id : attempt.questionIds()) {
            questions.add(DeckJson.publicQuestion(delivered(deck.question(id).orElseThrow())));
        }
        var answers = Json.createObjectBuilder();
        attempt.answers().forEach(answers::add);
        return Json.createObjectBuilder()
                .add("attemptId", attempt.id())
                .add("number", attempt.number())
                .add("status", "open")
                .add("questions", questions)
                .add("answers", answers)
                .add("attemptsUsed", attemptsUsed)
                .add("attemptsAllowed", number(attemptsAllowed));
    }

    /**
     * A question as a student is given it, in the quiz and the Practice test: no key, and a matching
     * question's choices shuffled on every delivery, so their order says nothing about the pairs.
     */
    static PublicQuestion delivered(Question full) {
        PublicQuestion question = full.publicView();
        if (question.type() != QuestionType.MATCHING) {
            return question;
        }
        var choices = new ArrayList<>(question.matchChoices());
        Collections.shuffle(choices);
        return new PublicQuestion(question.id(), question.type(), question.prompt(), question.options(),
                question.matchPrompts(), choices);
    }

    static JsonObjectBuilder result(QuizResult result, Integer attemptsAllowed, int attemptsUsed) {
        var questions = Json.createArrayBuilder();
        for (QuestionOutcome outcome : result.grading().outcomes()) {
            var question = Json.createObjectBuilder()
                    .add("id", outcome.question().id())
                    .add("type", outcome.question().type().jsonName())
                    .add("answer", outcome.answer() == null ? JsonValue.NULL : outcome.answer().json())
                    .add("credit", Math.round(outcome.credit() * 10000) / 10000.0)
                    .add("correct", outcome.correct());
            if (outcome.question().type() == QuestionType.SINGLE_CHOICE) {
                question.add("chosenOptionId", outcome.answer() == null ? JsonValue.NULL : outcome.answer().json());
            }
            if (result.showAnswers()) {
                key(question, outcome.question());
            }
            questions.add(question);
        }
        return submitted(result.attempt(), result.grading().percent(), result.passed(), result.showAnswers())
                .add("questions", questions)
                .add("attemptsUsed", attemptsUsed)
                .add("attemptsAllowed", number(attemptsAllowed))
                .add("gradebook", gradebook(result.gradebook()));
    }

    /** A question's key and explanation, written only where the activity shows answers. */
    static void key(JsonObjectBuilder json, Question question) {
        AnswerKeyJson.add(json, question);
        if (question.explanation() != null) {
            json.add("explanation", question.explanation());
        }
    }

    /** The fields every submitted attempt's result starts with, quiz or Practice test. */
    static JsonObjectBuilder submitted(ScoredAttempt attempt, int percent, boolean passed, boolean showAnswers) {
        return Json.createObjectBuilder()
                .add("attemptId", attempt.id())
                .add("number", attempt.number())
                .add("status", "submitted")
                .add("score", attempt.score())
                .add("maxScore", attempt.maxScore())
                .add("percent", percent)
                .add("passed", passed)
                .add("showAnswers", showAnswers)
                .add("submittedAt", attempt.submittedAt().toString())
                .add("timeSpentSeconds", attempt.timeSpentSeconds());
    }

    /** One line of a learner's list of submitted attempts. */
    static JsonObjectBuilder summary(ScoredAttempt attempt) {
        return Json.createObjectBuilder()
                .add("id", attempt.id())
                .add("number", attempt.number())
                .add("score", attempt.score())
                .add("maxScore", attempt.maxScore())
                .add("submittedAt", attempt.submittedAt().toString());
    }

    static JsonObjectBuilder gradebook(GradebookStatus status) {
        return Json.createObjectBuilder().add("status", status.status()).add("message", status.message());
    }

    static JsonValue number(Integer value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }
}
