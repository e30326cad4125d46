package org.recall.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The CSV form of a deck: what it reads, and every rule with a failing example at its row and column. */
class CsvDeckTest {

    static final String HEADER = "type,id,prompt,answer,level,correct,explanation,a,b,c,d\n";
    static final String CARD = "card,c1,What is DevOps?,Practices joining development and operations,beginner,,,,,,\n";
    static final String QUESTION = "question,q1,Which one manages ML models?,,,a,MLOps does,MLOps,DevOps,SysOps,\n";
    static final CsvDeck.Parameters PARAMETERS = new CsvDeck.Parameters("ops-basics", "Ops basics", null, null, null);

    private static Deck read(String csv) {
        return CsvDeck.read(csv, PARAMETERS, "upload");
    }

    private static List<String> errors(String csv, CsvDeck.Parameters parameters) {
        var e = assertThrows(DeckFormatException.class, () -> CsvDeck.read(csv, parameters, "upload"));
        return e.errors().stream().map(error -> error.path() + ": " + error.reason()).toList();
    }

    @Test
    void readsCardsAndQuestions() {
        Deck deck = read(HEADER + CARD + QUESTION);
        assertEquals("ops-basics", deck.id().value());
        assertEquals("Ops basics", deck.title());
        assertEquals(List.of(new Card("c1", "What is DevOps?", "Practices joining development and operations", Level.BEGINNER)),
                deck.cards());
        SingleChoice question = (SingleChoice) deck.questions().get(0);
        assertEquals(List.of(new Option("a", "MLOps"), new Option("b", "DevOps"), new Option("c", "SysOps")), question.options());
        assertEquals("a", question.correctOptionId());
        assertEquals("MLOps does", question.explanation());
        assertEquals(2, deck.estimatedMinutes(), "half a minute per card (rounded up) plus one per question");
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        Deck deck = read("type,prompt,answer,level\r\ncard,\"Say \"\"hi\"\", then, wait\",\"line one\r\nline two\",Advanced\r\n");
        Card card = deck.cards().get(0);
        assertEquals("Say \"hi\", then, wait", card.prompt());
        assertEquals("line one\r\nline two", card.answer());
        assertEquals(Level.ADVANCED, card.level());
        assertEquals("c1", card.id(), "ids default to c1, c2... and q1, q2...");
    }

    @Test
    void columnsInAnyOrderBlankRowsAndAByteOrderMarkAreFine() {
        Deck deck = CsvDeck.read(("\uFEFFprompt,type,level,answer\n\ncard-prompt,card,beginner,ans\n")
                .getBytes(StandardCharsets.UTF_8), PARAMETERS, "upload");
        assertEquals("card-prompt", deck.cards().get(0).prompt());
    }

    @Test
    void theFormulaEscapeApostropheIsDroppedAndNothingIsEvaluated() {
        Deck deck = read("type,prompt,answer,level\ncard,'=1+1,=HYPERLINK(\"x\"),beginner\n".replace("=HYPERLINK(\"x\")", "\"=HYPERLINK(\"\"x\"\")\""));
        assertEquals("=1+1", deck.cards().get(0).prompt());
        assertEquals("=HYPERLINK(\"x\")", deck.cards().get(0).answer());
    }

    static List<Arguments> badFiles() {
        return List.of(
                Arguments.of("type,prompt\ncard,\"open", List.of("row 2, cell 2: " + CsvReader.OPEN_QUOTE)),
                Arguments.of("type,prompt\ncard,say \"hi\"\n", List.of("row 2, cell 2: " + CsvReader.QUOTE_IN_UNQUOTED)),
                Arguments.of("type,prompt\ncard,\"hi\" there\n", List.of("row 2, cell 2: " + CsvReader.TEXT_AFTER_QUOTE)),
                Arguments.of("", List.of("file: " + CsvDeck.NO_ROWS)),
                Arguments.of("type,prompt,answer,level,colour\ncard,p,a,beginner,red\n",
                        List.of("row 1, cell 5: " + CsvDeck.UNKNOWN_COLUMN)),
                Arguments.of("type,prompt,prompt,answer,level\ncard,p,p,a,beginner\n",
                        List.of("row 1, prompt: " + CsvDeck.REPEATED_COLUMN)),
                Arguments.of("type,answer,level\ncard,a,beginner\n",
                        List.of("row 1, prompt: " + CsvDeck.MISSING_COLUMN, "file: " + DeckErrorReason.NO_ITEMS)),
                Arguments.of("type,prompt,answer,level\nflashcard,p,a,beginner\ncard,p,a,beginner\n",
                        List.of("row 2, type: " + CsvDeck.BAD_TYPE)),
                Arguments.of("type,prompt,answer,level\ncard,p,a,beginner,extra\n",
                        List.of("row 2: " + CsvDeck.tooManyCells(4))),
                Arguments.of(HEADER + "card,c1,p,a,beginner,a,,,,,\n", List.of("row 2, correct: " + CsvDeck.NOT_FOR_CARD)),
                Arguments.of(HEADER + "question,q1,p,an answer,,a,e,x,y,,\n",
                        List.of("row 2, answer: " + CsvDeck.NOT_FOR_QUESTION)),
                Arguments.of(HEADER + "card,c1,,a,beginner,,,,,,\n", List.of("row 2, prompt: " + DeckErrorReason.BLANK)),
                Arguments.of(HEADER + "card,c1,p,,beginner,,,,,,\n", List.of("row 2, answer: " + DeckErrorReason.BLANK)),
                Arguments.of(HEADER + "card,c1,p,a,expert,,,,,,\n", List.of("row 2, level: " + DeckErrorReason.BAD_LEVEL)),
                Arguments.of(HEADER + "card,C 1,p,a,beginner,,,,,,\n", List.of("row 2, id: " + DeckErrorReason.BAD_ITEM_ID)),
                Arguments.of(HEADER + CARD + CARD, List.of("row 3, id: " + DeckErrorReason.repeatedId("row 2, id"))),
                Arguments.of(HEADER + "question,q1,p,,,a,e,only one,,,\n",
                        List.of("row 2, a-j: " + DeckErrorReason.tooFewItems(2))),
                Arguments.of(HEADER + "question,q1,p,,,d,e,x,y,,\n", List.of("row 2, correct: " + DeckErrorReason.NO_SUCH_OPTION)),
                Arguments.of(HEADER + "question,q1,p,,,,e,x,y,,\n", List.of("row 2, correct: " + DeckErrorReason.BAD_ITEM_ID)),
                Arguments.of(HEADER + "true-false,q1,p,,,maybe,,,,,\n", List.of("row 2, correct: " + DeckErrorReason.NOT_BOOLEAN)),
                Arguments.of(HEADER + "numeric,q1,p,,,ten,,,,,\n", List.of("row 2, correct: " + DeckErrorReason.NOT_NUMBER)),
                Arguments.of(HEADER + "matching,q1,p,,,,,Spain -> Madrid,Italy,,\n",
                        List.of("row 2, b: " + CsvQuestion.NO_ARROW, "row 2, a-j: " + DeckErrorReason.tooFewItems(2))),
                Arguments.of(HEADER + "short-answer,q1,p,,,,,x,,,\n",
                        List.of("row 2, a: must be empty in a short-answer row", "row 2, correct: " + DeckErrorReason.tooFewItems(1))),
                Arguments.of(HEADER + "essay,q1,p,,,,,,,,\n" + CARD, List.of("row 2, type: " + CsvDeck.BAD_TYPE)),
                Arguments.of(HEADER + "question,q1,p,,,a,e,x,\"" + "y".repeat(2001) + "\",,\n",
                        List.of("row 2, b: " + DeckErrorReason.tooLong(2000))),
                Arguments.of(HEADER, List.of("file: " + DeckErrorReason.NO_ITEMS)));
    }

    @Test
    void readsEveryQuestionType() {
        Deck deck = read("type,id,prompt,correct,tolerance,explanation,a,b,c,d\n"
                + "question,,Capital of France?,a,,Since 987.,Paris,Lyon,,\n"
                + "multiple-answer,,Primes?,\"a, c\",,,2,4,5,9\n"
                + "true-false,,The Danube reaches the Black Sea.,TRUE,,,,,,\n"
                + "short-answer,,Capital of Japan?,Tokyo | Tōkyō,,,,,,\n"
                + "numeric,,g in m/s²?,\"9,81\",0.05,,,,,\n"
                + "matching,,Match them.,,,,Spain -> Madrid,Italy -> Rome,-> Barcelona,\n");
        List<Question> q = deck.questions();
        assertEquals(List.of("q1", "q2", "q3", "q4", "q5", "q6"), q.stream().map(Question::id).toList());
        assertEquals(List.of("a", "c"), ((MultipleAnswer) q.get(1)).correctOptionIds());
        assertEquals(true, ((TrueFalse) q.get(2)).correct());
        assertEquals(List.of("Tokyo", "Tōkyō"), ((ShortAnswer) q.get(3)).acceptedAnswers());
        assertEquals(new java.math.BigDecimal("9.81"), ((Numeric) q.get(4)).value());
        assertEquals(List.of(new MatchPair("p1", "Spain", "Madrid"), new MatchPair("p2", "Italy", "Rome")),
                ((Matching) q.get(5)).pairs());
        assertEquals(List.of("Barcelona"), ((Matching) q.get(5)).distractors());
        assertEquals(null, q.get(1).explanation(), "an empty explanation cell: none");
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void everyRuleNamesItsRowAndColumn(String csv, List<String> expected) {
        assertEquals(expected, errors(csv, PARAMETERS));
    }

    @Test
    void deckFieldsAreReportedByParameter() {
        assertEquals(List.of("parameter id: " + DeckErrorReason.REQUIRED, "parameter title: " + DeckErrorReason.REQUIRED),
                errors(HEADER + CARD, new CsvDeck.Parameters(null, null, null, null, null)));
        assertEquals(List.of("parameter id: " + DeckErrorReason.BAD_DECK_ID,
                        "parameter minutes: " + DeckErrorReason.NOT_INTEGER,
                        "parameter language: " + DeckErrorReason.BAD_LANGUAGE),
                errors(HEADER + CARD, new CsvDeck.Parameters("No Caps!", "t", null, "ten", "english please")));
        assertEquals(List.of("parameter minutes: " + DeckErrorReason.outOfRange(1, 600)),
                errors(HEADER + CARD, new CsvDeck.Parameters("abc", "t", null, "601", null)));
    }

    @Test
    void everyErrorIsListedAtOnce() {
        String csv = HEADER + "card,c1,,a,expert,,,,,,\nquiz,q1,p,,,,,,,,\nquestion,q1,p,,,z,e,x,y,,\n";
        assertEquals(List.of("row 3, type: " + CsvDeck.BAD_TYPE, "row 2, prompt: " + DeckErrorReason.BLANK,
                "row 2, level: " + DeckErrorReason.BAD_LEVEL, "row 4, correct: " + DeckErrorReason.NO_SUCH_OPTION),
                errors(csv, PARAMETERS));
    }

    @Test
    void bytesThatAreNotUtf8OrTooManyAreRefused() {
        assertEquals("file: " + DeckErrorReason.NOT_UTF8, assertThrows(DeckFormatException.class,
                () -> CsvDeck.read(new byte[] {'t', (byte) 0xC3, '(', '\n'}, PARAMETERS, "upload")).errors().get(0).path()
                + ": " + DeckErrorReason.NOT_UTF8);
        assertEquals(DeckErrorReason.TOO_LARGE, assertThrows(DeckFormatException.class,
                () -> CsvDeck.read(new byte[DeckFormat.MAX_DOCUMENT_BYTES + 1], PARAMETERS, "upload")).errors().get(0).reason());
    }
}
