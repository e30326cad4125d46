package org.recall.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Document-level rules (size, encoding, well-formedness) and the error report as a whole. */
class DeckLoaderTest {

    private final DeckLoader loader = new DeckLoader();

    @Test
    void malformedJsonGivesOneErrorWithLineAndColumn() {
        // Parsson reports the position just after the unexpected token ("Sample", columns 11-18).
        String document = "{\n  \"id\": \"sample-deck\",\n  \"title\" \"Sample\"\n}";

        assertEquals(List.of(new DeckError("bad.json", "$", "is not well-formed JSON: error at line 3, column 18")),
                errors(document));
    }

    @Test
    void emptyDocumentIsNotJson() {
        assertEquals(List.of(new DeckError("bad.json", "$", "is not well-formed JSON")), errors(""));
    }

    @Test
    void contentAfterTheDeckIsMalformed() {
        assertEquals(List.of(new DeckError("bad.json", "$", "is not well-formed JSON: error at line 2, column 1")),
                errors("{}\n{}"));
    }

    @Test
    void repeatedFieldNamesAreReportedWhereverTheyAre() {
        String document = SampleDecks.VALID
                .replaceFirst("\"title\": \"Sample\",", "\"title\": \"A\", \"title\": \"B\",")
                .replace("\"answer\": \"Answer two\",", "\"answer\": \"Answer two\", \"answer\": \"Again\",");

        assertEquals(List.of(
                new DeckError("bad.json", "$.title", "repeats a field name of its object"),
                new DeckError("bad.json", "$.cards[1].answer", "repeats a field name of its object")),
                errors(document));
    }

    @Test
    void topLevelArrayIsNotADeck() {
        assertEquals(List.of(new DeckError("bad.json", "$", "must be an object")), errors("[]"));
    }

    @Test
    void documentOverOneMebibyteIsRejectedBeforeParsing() {
        String document = "{" + " ".repeat(DeckFormat.MAX_DOCUMENT_BYTES) + "}";
        List<DeckError> expected =
                List.of(new DeckError("bad.json", "$", "is larger than the limit of 1 MiB (1048576 bytes)"));

        assertEquals(expected, errors(document));
        DeckFormatException e = assertThrows(DeckFormatException.class, () -> loader.load(
                new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), "bad.json"));
        assertEquals(expected, e.errors());
    }

    @Test
    void multiByteCharactersCountAsBytesTowardsTheLimit() {
        String document = "\"" + "é".repeat(DeckFormat.MAX_DOCUMENT_BYTES / 2) + "\"";

        assertEquals("is larger than the limit of 1 MiB (1048576 bytes)", errors(document).get(0).reason());
    }

    @Test
    void invalidUtf8IsRejected() {
        byte[] bytes = {'{', '"', (byte) 0xC3, '"', '}'};

        DeckFormatException e = assertThrows(DeckFormatException.class,
                () -> loader.load(new ByteArrayInputStream(bytes), "bad.json"));

        assertEquals(List.of(new DeckError("bad.json", "$", "is not UTF-8 text")), e.errors());
    }

    @Test
    void collectsEveryErrorAndListsThemInTheMessage() {
        String document = SampleDecks.VALID
                .replace("\"correctOptionId\": \"b\"", "\"correctOptionId\": \"z\"")
                .replace("\"title\": \"Sample\"", "\"title\": \"\"")
                .replace("\"level\": \"advanced\"", "\"level\": \"expert\"");

        DeckFormatException e = assertThrows(DeckFormatException.class, () -> loader.load(document, "mlops.json"));

        assertEquals(List.of(
                new DeckError("mlops.json", "$.title", "must not be blank"),
                new DeckError("mlops.json", "$.cards[1].level", "must be one of beginner, intermediate, advanced"),
                new DeckError("mlops.json", "$.questions[0].correctOptionId", "names no option of this question")),
                e.errors());
        assertEquals("""
                mlops.json: $.title: must not be blank
                mlops.json: $.cards[1].level: must be one of beginner, intermediate, advanced
                mlops.json: $.questions[0].correctOptionId: names no option of this question""", e.getMessage());
    }

    @Test
    void optionalFieldsTakeTheirDefaults() {
        Deck deck = loader.load(SampleDecks.VALID, "sample.json");

        assertEquals("en", deck.language());
        assertNull(deck.description());
    }

    @Test
    void readsEveryField() {
        String document = SampleDecks.VALID.replace("\"title\": \"Sample\",",
                "\"title\": \"Sample\", \"description\": \"About it\", \"language\": \"pt-BR\",");

        Deck deck = loader.load(document, "sample.json");

        assertEquals(new DeckId("sample-deck"), deck.id());
        assertEquals("About it", deck.description());
        assertEquals("pt-BR", deck.language());
        assertEquals(3, deck.estimatedMinutes());
        assertEquals(new Card("c2", "Prompt two", "Answer two", Level.ADVANCED), deck.cards().get(1));
        assertEquals(new SingleChoice("q1", "Which?", List.of(new Option("a", "This"), new Option("b", "That")), "b",
                "Because."), deck.questions().get(0));
        assertEquals(new ExplainPrompt("e1", "Explain.", "Think.", List.of("one", "two")), deck.explainPrompts().get(0));
    }

    @Test
    void acceptsAByteOrderMarkAndWholeNumbersWrittenWithAFraction() throws IOException {
        String document = "\uFEFF" + SampleDecks.VALID.replace("\"estimatedMinutes\": 3", "\"estimatedMinutes\": 3.0");

        Deck deck = loader.load(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), "sample.json");

        assertEquals(3, deck.estimatedMinutes());
    }

    private List<DeckError> errors(String document) {
        return assertThrows(DeckFormatException.class, () -> loader.load(document, "bad.json")).errors();
    }
}
