package org.recall.deck.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recall.deck.Card;
import org.recall.deck.Deck;
import org.recall.deck.DeckError;
import org.recall.deck.DeckFormatException;
import org.recall.deck.Labels;
import org.recall.deck.Level;
import org.recall.deck.TextFormat;

/** Anki's text export with its headers (imports/anki-export.txt) and a Quizlet export (imports/quizlet-export.txt). */
class AnkiImportTest {

    @Test
    void readsAnAnkiExportWithHeaders() {
        ImportedDeck imported = AnkiImport.anki(ImportFixtures.text("anki-export.txt"), ImportFixtures.PARAMETERS, "anki.txt");
        Deck deck = imported.deck();
        assertEquals(TextFormat.HTML, deck.textFormat(), "#html:true");
        assertEquals(List.of(
                new Card("c1", "Capital of <b>Spain</b>", "Madrid<br>", Level.BEGINNER,
                        new Labels(null, List.of("geography", "capitals", "europe"))),
                new Card("c2", "Capital of Italy, the \"eternal city\"", "Rome\non the Tiber", Level.BEGINNER,
                        new Labels(null, List.of("geography", "capitals"))),
                new Card("c3", "Capital of Japan", "Tokyo", Level.BEGINNER,
                        new Labels(null, List.of("geography", "capitals", "asia")))), deck.cards());
        assertEquals(List.of(new ImportedDeck.Note("line 5", ImportText.IMAGE_REMOVED),
                new ImportedDeck.Note("line 8", "a [sound:…] reference was removed: Recall plays no sound files")),
                imported.notes());
    }

    @Test
    void readsCommaAndSemicolonSeparatedExports() {
        Deck comma = AnkiImport.anki("#separator:comma\n#html:false\n\"a, b\",c\n", ImportFixtures.PARAMETERS, "c.txt").deck();
        assertEquals("a, b", comma.cards().get(0).prompt());
        Deck semicolon = AnkiImport.anki("#separator:Semicolon\nuno;one\n", ImportFixtures.PARAMETERS, "s.txt").deck();
        assertEquals("one", semicolon.cards().get(0).answer());
        Deck guessed = AnkiImport.anki("#html:false\ndos;two\n", ImportFixtures.PARAMETERS, "g.txt").deck();
        assertEquals("two", guessed.cards().get(0).answer());
    }

    @Test
    void readsQuizletTermsAndDefinitions() {
        Deck deck = AnkiImport.quizlet(ImportFixtures.text("quizlet-export.txt"), ImportFixtures.PARAMETERS, "q.txt").deck();
        assertEquals(TextFormat.PLAIN, deck.textFormat());
        assertEquals(List.of("hola", "gracias", "buenos días", "perro"), deck.cards().stream().map(Card::prompt).toList());
        assertEquals("good morning", deck.cards().get(2).answer());
    }

    @Test
    void reportsEveryLineWithoutAnAnswer() {
        DeckFormatException e = assertThrows(DeckFormatException.class, () -> AnkiImport.quizlet(
                "one\tuno\ntwo\nthree\ttres\nfour\n", ImportFixtures.PARAMETERS, "q.txt"));
        assertEquals(List.of(new DeckError("q.txt", "line 2", AnkiImport.NO_ANSWER + "tab"),
                new DeckError("q.txt", "line 4", AnkiImport.NO_ANSWER + "tab")), e.errors());
    }
}
