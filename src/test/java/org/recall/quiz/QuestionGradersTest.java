package org.recall.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recall.deck.Deck;
import org.recall.deck.EveryTypeDeck;
import org.recall.deck.Question;

/** Each type's grader against the every-type deck (q1 single, q2 multiple, q3 true/false, q4 short, q5 numeric, q6 matching). */
class QuestionGradersTest {

    static final Deck DECK = EveryTypeDeck.DECK;

    static double credit(String questionId, String answerJson) {
        Question question = DECK.question(questionId).orElseThrow();
        JsonValue json = Json.createReader(new StringReader(answerJson)).readValue();
        return QuestionGrader.creditOf(question, AnswerReader.read(question, json, "answer"));
    }

    @ParameterizedTest(name = "q2 (key a, c of a-d) answered {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "['a','c'] | 1.0", "['a'] | 0.5", "['c'] | 0.5", "['a','b'] | 0.0", "['a','c','d'] | 0.5",
            "['a','b','c','d'] | 0.0", "['b','d'] | 0.0", "[] | 0.0", "['b'] | 0.0"})
    void multipleAnswerGivesMoodlesPartialCredit(String answer, double credit) {
        assertEquals(credit, credit("q2", answer.replace('\'', '"')), 1e-9);
    }

    @ParameterizedTest(name = "q4 answered {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'Tokyo' | 1", "'  tokyo ' | 1", "'TOKYO' | 1", "'Tokio' | 1",
            // "Tōkyō" with combining macrons (U+0304) is the precomposed accepted answer once in NFC.
            "'To\\u0304kyo\\u0304' | 1", "'Kyoto' | 0", "'Tokyo city' | 0"})
    void shortAnswerTrimsFoldsCaseAndNormalises(String answer, int credit) {
        assertEquals(credit, credit("q4", answer.replace('\'', '"')), 1e-9);
    }

    @Test
    void shortAnswerWildcardsAndCaseSensitivity() {
        assertEquals(true, ShortAnswerGrader.pattern("colo*r").matcher("colour").matches());
        assertEquals(true, ShortAnswerGrader.pattern("colo*r").matcher("color").matches());
        assertEquals(false, ShortAnswerGrader.pattern("colo*r").matcher("colors").matches());
        assertEquals(true, ShortAnswerGrader.pattern("5 \\* 3").matcher("5 * 3").matches());
        assertEquals(false, ShortAnswerGrader.pattern("5 \\* 3").matcher("5 x 3").matches());
        assertEquals(true, ShortAnswerGrader.pattern("a.b (c)?").matcher("a.b (c)?").matches(), "regex characters are literal");
        assertEquals(false, ShortAnswerGrader.pattern("a.b").matcher("axb").matches());
        assertEquals("new york", ShortAnswerGrader.normalise(" New \t York ", false));
        assertEquals("New York", ShortAnswerGrader.normalise("New   York", true));
    }

    @ParameterizedTest(name = "q5 (9.81 ± 0.05) answered {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "9.81 | 1", "9.86 | 1", "9.76 | 1", "9.87 | 0", "'9,8' | 1", "' 9.8 ' | 1", "'981e-2' | 1", "10 | 0",
            "-9.81 | 0"})
    void numericIsRightWithinTheToleranceBothEndsIncluded(String answer, int credit) {
        assertEquals(credit, credit("q5", answer.replace('\'', '"')), 1e-9);
    }

    @Test
    void trueFalseAndSingleChoice() {
        assertEquals(1, credit("q3", "true"));
        assertEquals(0, credit("q3", "false"));
        assertEquals(1, credit("q1", "\"a\""));
        assertEquals(0, credit("q1", "\"b\""));
    }

    @Test
    void matchingGivesTheShareOfPairsRight() {
        assertEquals(1, credit("q6", "{\"p1\":\"Madrid\",\"p2\":\"Rome\",\"p3\":\"Athens\"}"), 1e-9);
        assertEquals(2.0 / 3, credit("q6", "{\"p1\":\"Madrid\",\"p2\":\"Rome\",\"p3\":\"Barcelona\"}"), 1e-9);
        assertEquals(1.0 / 3, credit("q6", "{\"p1\":\"Madrid\"}"), 1e-9);
        assertEquals(0, credit("q6", "{}"), 1e-9);
    }

    @Test
    void anUnansweredQuestionEarnsNothing() {
        DECK.questions().forEach(q -> assertEquals(0, QuestionGrader.creditOf(q, null)));
    }

    @Test
    void anAttemptAddsPartialCredit() {
        var answers = new java.util.LinkedHashMap<String, JsonValue>();
        answers.put("q1", Json.createValue("a"));
        answers.put("q2", Json.createReader(new StringReader("[\"a\"]")).readValue());
        answers.put("q6", Json.createReader(new StringReader("{\"p1\":\"Madrid\",\"p2\":\"Rome\"}")).readValue());
        GradedAttempt graded = Grader.grade(DECK, List.of("q1", "q2", "q3", "q4", "q5", "q6"), answers, 12);
        assertEquals(1, graded.correctCount());
        assertEquals(1 + 0.5 + 2.0 / 3, graded.credit(), 1e-9);
        assertEquals(4.33, graded.score(), "12 × 2.1667 / 6");
        assertEquals(36, graded.percent());
    }
}
