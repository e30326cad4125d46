package org.recall.deck.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recall.deck.Card;
import org.recall.deck.Deck;
import org.recall.deck.DeckError;
import org.recall.deck.DeckFormatException;
import org.recall.deck.Labels;
import org.recall.deck.Level;
import org.recall.deck.Matching;
import org.recall.deck.MultipleAnswer;
import org.recall.deck.Numeric;
import org.recall.deck.ShortAnswer;
import org.recall.deck.SingleChoice;
import org.recall.deck.TextFormat;
import org.recall.deck.TrueFalse;

/** A Moodle XML question bank of every type (imports/moodle-bank.xml): questions, keys, HTML, sections, skipped types. */
class MoodleXmlImportTest {

    private static ImportedDeck bank() {
        return MoodleXmlImport.read(ImportFixtures.bytes("moodle-bank.xml"), ImportFixtures.PARAMETERS, "moodle-bank.xml");
    }

    @Test
    void readsEveryTypeRecallServes() {
        ImportedDeck imported = bank();
        Deck deck = imported.deck();
        assertEquals(TextFormat.HTML, deck.textFormat());
        assertEquals(6, deck.questions().size());

        SingleChoice france = (SingleChoice) deck.questions().get(0);
        assertEquals("fr-capital", france.id(), "the Moodle idnumber");
        assertEquals("<p>¿Cuál es la <strong>capital</strong> de Francia?</p>", france.prompt(),
                "style and dir dropped, the embedded image and the script removed");
        assertEquals(List.of("<p>París</p>", "<p>Lyon</p>", "Marsella & Niza"),
                france.options().stream().map(o -> o.text()).toList());
        assertEquals("a", france.correctOptionId());
        assertEquals("<div><p>París es la capital desde el año 987.</p></div><div>Lyon: <p>Lyon es la tercera ciudad.</p></div>",
                france.explanation());
        assertEquals(new Labels("Capitales de Europa", List.of("capitales", "europa")), france.labels());

        MultipleAnswer primes = (MultipleAnswer) deck.questions().get(1);
        assertEquals(List.of("a", "c"), primes.correctOptionIds());
        assertEquals("q2", primes.id());

        TrueFalse danube = (TrueFalse) deck.questions().get(2);
        assertTrue(danube.correct());
        assertEquals("True: <p>Sí: en Rumanía.</p>", danube.explanation());

        ShortAnswer japan = (ShortAnswer) deck.questions().get(3);
        assertEquals(List.of("Tokio", "Tōkyō"), japan.acceptedAnswers(), "the 50% answer and the * catch-all left out");
        assertFalse(japan.caseSensitive());

        Numeric gravity = (Numeric) deck.questions().get(4);
        assertEquals(new BigDecimal("9.81"), gravity.value());
        assertEquals(new BigDecimal("0.05"), gravity.tolerance());
        assertEquals("Física", gravity.labels().section());

        Matching countries = (Matching) deck.questions().get(5);
        assertEquals(List.of("Madrid", "Roma", "Atenas"), countries.pairs().stream().map(p -> p.answer()).toList());
        assertEquals("<p>España</p>", countries.pairs().get(0).prompt());
        assertEquals(List.of("Barcelona"), countries.distractors(), "a subquestion without text");

        assertEquals(List.of("Agua potable", "Transporte y comercio"), deck.explainPrompts().get(0).keyConcepts());
        assertNull(deck.explainPrompts().get(0).hint(), "grader notes are not shown to students");
        assertEquals(new Card("c1", "Capital de Portugal", "<p>Lisboa, junto al río Tajo.</p>", Level.BEGINNER,
                new Labels("Física", List.of())), deck.cards().get(0));
    }

    @Test
    void listsTheTypesItSkipsByName() {
        assertEquals(List.of(
                new ImportedDeck.Skipped("line 286, question \"Huecos de capitales\"", "Huecos de capitales", "cloze"),
                new ImportedDeck.Skipped("line 302, question \"Área del círculo\"", "Área del círculo", "calculated"),
                new ImportedDeck.Skipped("line 316, question \"Pregunta aleatoria (Capitales de Europa)\"",
                        "Pregunta aleatoria (Capitales de Europa)", "random"),
                new ImportedDeck.Skipped("line 326, question \"Arrastrar capitales\"", "Arrastrar capitales", "ddwtos")),
                bank().skipped());
    }

    @Test
    void notesWhatItChanged() {
        List<String> notes = bank().notes().stream().map(n -> n.where() + ": " + n.text()).toList();
        assertTrue(notes.contains("line 15, question \"Capital de Francia\": " + ImportText.IMAGE_REMOVED), notes.toString());
        assertTrue(notes.contains("line 15, question \"Capital de Francia\": " + ImportText.HTML_REMOVED), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("line 134, question \"Capital de Japón\": answer \"Edo\" gave 50%")),
                notes.toString());
    }

    @Test
    void refusesADoctypeSoNoEntityIsEverExpanded() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<quiz><question type=\"description\"><name><text>&xxe;</text></name>"
                + "<questiontext format=\"html\"><text>x</text></questiontext></question></quiz>";
        DeckFormatException e = assertThrows(DeckFormatException.class, () -> MoodleXmlImport.read(
                xxe.getBytes(StandardCharsets.UTF_8), ImportFixtures.PARAMETERS, "evil.xml"));
        assertEquals(1, e.errors().size());
        assertEquals("line 2", e.errors().get(0).path());
        assertTrue(e.errors().get(0).reason().contains("DTD"), e.errors().get(0).reason());
    }

    @Test
    void reportsEveryProblemAtItsQuestion() {
        String xml = "<quiz>\n<question type=\"multichoice\"><name><text>No key</text></name>"
                + "<questiontext format=\"html\"><text>Q?</text></questiontext><single>true</single>"
                + "<answer fraction=\"50\"><text>A</text></answer><answer fraction=\"0\"><text>B</text></answer></question>\n"
                + "<question type=\"truefalse\"><name><text>Empty</text></name>"
                + "<questiontext format=\"html\"><text><![CDATA[<p> </p>]]></text></questiontext>"
                + "<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer>"
                + "</question>\n<question type=\"numerical\"><name><text>NaN</text></name><questiontext><text>N?</text>"
                + "</questiontext><answer fraction=\"100\"><text>ten</text></answer></question>\n</quiz>";
        DeckFormatException e = assertThrows(DeckFormatException.class, () -> MoodleXmlImport.read(
                xml.getBytes(StandardCharsets.UTF_8), ImportFixtures.PARAMETERS, "bad.xml"));
        assertEquals(List.of(
                new DeckError("bad.xml", "line 2, question \"No key\"", MoodleQuestion.NO_RIGHT_ANSWER),
                new DeckError("bad.xml", "line 4, question \"NaN\"", MoodleQuestion.NOT_A_NUMBER + "ten"),
                new DeckError("bad.xml", "line 3, question \"Empty\": prompt", "must not be blank")), e.errors());
    }

    @Test
    void aFileThatIsNotXmlSaysWhere() {
        DeckFormatException e = assertThrows(DeckFormatException.class, () -> MoodleXmlImport.read(
                "<quiz>\n<question type=\"essay\">\n</quiz>".getBytes(StandardCharsets.UTF_8), ImportFixtures.PARAMETERS,
                "broken.xml"));
        assertEquals("line 3", e.errors().get(0).path());
        assertTrue(e.errors().get(0).reason().startsWith("is not well-formed XML"), e.errors().get(0).reason());
    }
}
