package org.recall.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.recall.deck.Question;

/** What the study API takes as an answer for each type, and the refusal (reason and field) for what it does not. */
class AnswerReaderTest {

    private static Answer read(String questionId, String json) {
        Question question = QuestionGradersTest.DECK.question(questionId).orElseThrow();
        return AnswerReader.read(question, Json.createReader(new StringReader(json)).readValue(), "answers." + questionId);
    }

    @Test
    void readsTheFormOfEachType() {
        assertEquals(new Answer.Choice("b"), read("q1", "\"b\""));
        assertEquals(new Answer.Choices(List.of("a", "d")), read("q2", "[\"d\",\"a\"]"), "kept in the options' order");
        assertEquals(new Answer.Truth(false), read("q3", "false"));
        assertEquals(new Answer.Text(" Tokio "), read("q4", "\" Tokio \""));
        assertEquals(new Answer.Number(new BigDecimal("-3.5")), read("q5", "\"-3,5\""));
        assertEquals(new Answer.Number(new BigDecimal("9.81")), read("q5", "9.81"));
        assertEquals(new Answer.Matches(Map.of("p2", "Rome")), read("q6", "{\"p2\":\"Rome\",\"p1\":null}"));
    }

    @ParameterizedTest(name = "{0} answered {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "q1 | 'z' | UNKNOWN_OPTION | answers.q1",
            "q1 | 1 | UNKNOWN_OPTION | answers.q1",
            "q2 | 'a' | NOT_OPTION_LIST | answers.q2",
            "q2 | ['a','a'] | UNKNOWN_OPTION | answers.q2",
            "q2 | ['z'] | UNKNOWN_OPTION | answers.q2",
            "q3 | 'true' | NOT_TRUE_FALSE | answers.q3",
            "q4 | '   ' | BAD_TEXT | answers.q4",
            "q4 | 42 | BAD_TEXT | answers.q4",
            "q5 | 'nine' | NOT_A_NUMBER | answers.q5",
            "q5 | '1e999999999' | NOT_A_NUMBER | answers.q5",
            "q5 | 1e999999999 | NOT_A_NUMBER | answers.q5",
            "q5 | '0x10' | NOT_A_NUMBER | answers.q5",
            "q6 | ['Rome'] | BAD_MATCH | answers.q6",
            "q6 | {'p1':'Paris'} | BAD_MATCH | answers.q6.p1",
            "q6 | {'p9':'Rome'} | BAD_MATCH | answers.q6"})
    void refusesWhatDoesNotFit(String question, String json, QuizRefusal.Reason reason, String field) {
        QuizRefusal refusal = assertThrows(QuizRefusal.class, () -> read(question, json.replace('\'', '"')));
        assertEquals(reason, refusal.reason());
        assertEquals(field, refusal.field());
        assertEquals(400, reason.status());
    }

    @Test
    void aTooLongTextIsRefusedNotCut() {
        assertThrows(QuizRefusal.class, () -> read("q4", "\"" + "x".repeat(AnswerReader.MAX_TYPED_LENGTH + 1) + "\""));
    }

    @Test
    void aStoredAnswerThatNoLongerFitsReadsAsUnanswered() {
        assertNull(AnswerReader.stored(QuestionGradersTest.DECK.question("q1").orElseThrow(), "\"z\""));
        assertNull(AnswerReader.stored(QuestionGradersTest.DECK.question("q1").orElseThrow(), "not json"));
    }
}
