package org.recall.deck.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
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

/** A GIFT file of every type (imports/geography.gift): titles, comments, escapes, feedback, weights, categories. */
class GiftImportTest {

    private static ImportedDeck geography() {
        return GiftImport.read(ImportFixtures.text("geography.gift"), ImportFixtures.PARAMETERS, "geography.gift");
    }

    @Test
    void readsEveryType() {
        Deck deck = geography().deck();
        assertEquals(TextFormat.PLAIN, deck.textFormat());
        assertEquals(9, deck.questions().size());

        SingleChoice france = (SingleChoice) deck.questions().get(0);
        assertEquals("fr-capital", france.id(), "[id:] in the comment");
        assertEquals("Which city is the capital of France?", france.prompt());
        assertEquals(List.of("Paris", "Lyon", "Marseille"), france.options().stream().map(o -> o.text()).toList());
        assertEquals("a", france.correctOptionId());
        assertEquals("Paris is on the Seine.\nParis: Right: since 987.\nLyon: Lyon is the third city.", france.explanation());
        assertEquals(new Labels("Capitals", List.of("capitals", "europe")), france.labels());

        MultipleAnswer primes = (MultipleAnswer) deck.questions().get(1);
        assertEquals(List.of("a", "c"), primes.correctOptionIds());
        assertEquals("4: 4 = 2 × 2", primes.explanation(), "\\= is an equals sign");

        TrueFalse danube = (TrueFalse) deck.questions().get(2);
        assertTrue(danube.correct());
        assertEquals("False: No, it does.\nTrue: Yes, through Romania.", danube.explanation());

        ShortAnswer japan = (ShortAnswer) deck.questions().get(3);
        assertEquals(List.of("Tokyo", "Tōkyō"), japan.acceptedAnswers());
        assertEquals("Tokyo (東京).", japan.explanation());

        Numeric gravity = (Numeric) deck.questions().get(4);
        assertEquals(List.of(new BigDecimal("9.81"), new BigDecimal("0.05")), List.of(gravity.value(), gravity.tolerance()));
        assertEquals("Physics", gravity.labels().section());
        Numeric boiling = (Numeric) deck.questions().get(5);
        assertEquals(List.of(new BigDecimal("100"), new BigDecimal("1")), List.of(boiling.value(), boiling.tolerance()),
                "the range 99..101");

        Matching capitals = (Matching) deck.questions().get(6);
        assertEquals(List.of("Madrid", "Rome", "Athens"), capitals.pairs().stream().map(p -> p.answer()).toList());

        ShortAnswer ratio = (ShortAnswer) deck.questions().get(7);
        assertEquals("The ratio 3:4 is written with a colon; braces {like these} and a # are plain text.", ratio.prompt());
        assertEquals(List.of("3:4", "three to four"), ratio.acceptedAnswers());

        assertEquals("Why do capitals often lie on rivers?", deck.explainPrompts().get(0).prompt());
        assertEquals(Level.ADVANCED, deck.cards().get(0).level(), "[tag:level:advanced]");
        assertEquals("Capital of Portugal", deck.cards().get(0).prompt());
        assertEquals("Lisbon, on the Tagus river.", deck.cards().get(0).answer());
    }

    @Test
    void aMissingWordQuestionShowsTheGap() {
        Deck deck = geography().deck();
        SingleChoice everest = (SingleChoice) deck.questions().stream().filter(q -> q.prompt().startsWith("Mount"))
                .findFirst().orElseThrow();
        assertEquals("Mount Everest is the _____ mountain on Earth.", everest.prompt());
        assertEquals("b", everest.correctOptionId());
    }

    @Test
    void notesPartialCreditItDrops() {
        List<String> notes = geography().notes().stream().map(n -> n.where() + ": " + n.text()).toList();
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("line 23, question \"Japan\": answer \"Edo\" gave 50%")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("line 27, question \"Gravity\": numeric answer 10:0.5")),
                notes.toString());
    }

    @Test
    void anHtmlTextMakesAnHtmlDeck() {
        ImportedDeck imported = GiftImport.read("::Bold::[html]Is <b>this</b> <script>x()</script>bold?{T}\n\n"
                + "::Plain::2 < 3?{TRUE}\n", ImportFixtures.PARAMETERS, "html.gift");
        assertEquals(TextFormat.HTML, imported.deck().textFormat());
        assertEquals("Is <b>this</b> bold?", imported.deck().questions().get(0).prompt());
        assertEquals("2 &lt; 3?", imported.deck().questions().get(1).prompt(), "plain text escaped in an HTML deck");
    }

    @Test
    void reportsEveryProblemWithItsLine() {
        String gift = "::One::Broken {=a ~b\n\n::Two::No right answer{~a ~b}\n\n::Three::Not a number{#ten}\n\n"
                + "::Four::" + "x".repeat(2001) + "{T}\n";
        DeckFormatException e = assertThrows(DeckFormatException.class,
                () -> GiftImport.read(gift, ImportFixtures.PARAMETERS, "bad.gift"));
        assertEquals(List.of(
                new DeckError("bad.gift", "line 1, question \"One\"", GiftImport.BRACE),
                new DeckError("bad.gift", "line 3, question \"Two\"", GiftAnswers.NO_RIGHT_ANSWER),
                new DeckError("bad.gift", "line 5, question \"Three\"", GiftAnswers.NOT_A_NUMBER + "ten"),
                new DeckError("bad.gift", "line 7, question \"Four\": prompt", "must be at most 2000 characters")),
                e.errors());
    }

    @Test
    void escapesRoundTrip() {
        String text = "a ~ b = c # d { e } f : g \\ h\nnext";
        assertEquals(text, GiftText.restore(GiftText.hide(GiftText.escape(text))));
        assertNull(Sections.of("$course$/top/Default for Biology"));
        assertEquals("Cells/Membranes", Sections.of("$course$/top/Default for Biology/Cells/Membranes"));
    }
}
