package org.recall.deck.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.recall.deck.CsvDeck;
import org.recall.deck.Deck;
import org.recall.deck.DeckLoader;
import org.recall.deck.EveryTypeDeck;

/** Export, then import: the same deck, for each export format, plain and HTML. */
class RoundTripTest {

    private static final CsvDeck.Parameters SAME = new CsvDeck.Parameters("every-type", "Capitals, numbers and pairs",
            null, "6", "en");

    private static Deck roundTrip(Deck deck, DeckExport export) {
        byte[] file = export.write(deck).getBytes(StandardCharsets.UTF_8);
        DeckFileFormat format = DeckFileFormat.fromParameter(export.name().toLowerCase().replace('_', '-')).orElseThrow();
        return DeckImport.read(format, file, SAME, "round-trip").deck();
    }

    @ParameterizedTest
    @EnumSource(DeckExport.class)
    void theEveryTypeDeckComesBackTheSame(DeckExport export) {
        assertEquals(EveryTypeDeck.DECK, roundTrip(EveryTypeDeck.DECK, export));
    }

    @ParameterizedTest
    @EnumSource(DeckExport.class)
    void anHtmlDeckComesBackTheSame(DeckExport export) {
        String json = EveryTypeDeck.json().replace("\"language\": \"en\",", "\"language\": \"en\", \"textFormat\": \"html\",")
                .replace("Which city is the capital of France?", "<p>Which city is the <strong>capital</strong> of France?</p>"
                        + "<p><img src=\\\"https://example.org/fr.png\\\" alt=\\\"Flag\\\"></p>")
                .replace("Paris has been the capital since 987.", "<p>Since <em>987</em>; see <a href=\\\"https://example.org/\\\">"
                        + "a history</a>.</p>")
                .replace("\"text\": \"Lyon\"", "\"text\": \"Lyon &amp; ]]&gt; Nice\"");
        Deck html = new DeckLoader().load(json, "html.json");
        assertEquals(html, roundTrip(html, export));
    }

    @Test
    void theGiftExportIsWhatMoodleReads() {
        String gift = DeckExport.GIFT.write(EveryTypeDeck.DECK);
        for (String expected : List.of("// [id:q1]\n::Which city is the capital of France?::Which city is the capital of France? {",
                "\t=Paris\n\t~Lyon", "\t~%50%2\n\t~%-50%4", "{TRUE}", "{#9.81:0.05}", "\t=Spain -> Madrid", "$CATEGORY: $course$/top/Numbers",
                "// [tag:capitals] [tag:level:beginner]\n::Capital of Portugal::Lisbon")) {
            assertTrue(gift.contains(expected), expected + " in\n" + gift);
        }
    }

    @Test
    void theMoodleXmlExportNamesTypesAndFractions() {
        String xml = DeckExport.MOODLE_XML.write(EveryTypeDeck.DECK);
        for (String expected : List.of("<question type=\"multichoice\">", "<single>false</single>",
                "<answer fraction=\"50\" format=\"plain_text\">", "<answer fraction=\"-50\" format=\"plain_text\">",
                "<question type=\"truefalse\">", "<question type=\"shortanswer\">", "<usecase>0</usecase>",
                "<question type=\"numerical\">", "<tolerance>0.05</tolerance>", "<question type=\"matching\">",
                "<question type=\"essay\">", "<question type=\"description\">", "<idnumber>q6</idnumber>",
                "<text>$course$/top/Numbers</text>")) {
            assertTrue(xml.contains(expected), expected + " in\n" + xml);
        }
    }
}
