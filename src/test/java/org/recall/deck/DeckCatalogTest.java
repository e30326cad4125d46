package org.recall.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeckCatalogTest {

    @TempDir
    Path root;

    @Test
    void findsTheBuiltInDeck() {
        DeckCatalog catalog = new DeckCatalog();

        assertEquals(List.of(new DeckId("mlops-vs-devops")), catalog.all().stream().map(Deck::id).toList());
        assertTrue(catalog.find(new DeckId("no-such-deck")).isEmpty());
    }

    @Test
    void brokenBuiltInDeckStopsConstruction() throws IOException {
        write("index.txt", "# built-in decks\n\nbroken.json\n");
        write("broken.json", SampleDecks.VALID.replace("\"correctOptionId\": \"b\"", "\"correctOptionId\": \"z\""));

        DeckFormatException e = assertThrows(DeckFormatException.class, () -> new DeckCatalog(classLoader()));

        assertEquals("broken.json: $.questions[0].correctOptionId: names no option of this question", e.getMessage());
    }

    @Test
    void missingBuiltInDeckStopsConstruction() throws IOException {
        write("index.txt", "gone.json\n");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new DeckCatalog(classLoader()));

        assertEquals("Missing classpath resource decks/gone.json", e.getMessage());
    }

    @Test
    void twoDecksWithOneIdStopConstruction() throws IOException {
        write("index.txt", "one.json\ntwo.json\n");
        write("one.json", SampleDecks.VALID);
        write("two.json", SampleDecks.VALID);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new DeckCatalog(classLoader()));

        assertEquals("Built-in deck two.json repeats the id sample-deck", e.getMessage());
    }

    @Test
    void keepsTheOrderOfTheIndex() throws IOException {
        write("index.txt", "one.json\ntwo.json\n");
        write("one.json", SampleDecks.VALID.replace("sample-deck", "deck-one"));
        write("two.json", SampleDecks.VALID.replace("sample-deck", "deck-two"));

        DeckCatalog catalog = new DeckCatalog(classLoader());

        assertEquals(List.of("deck-one", "deck-two"), catalog.all().stream().map(deck -> deck.id().value()).toList());
        assertEquals("deck-two", catalog.find(new DeckId("deck-two")).orElseThrow().id().value());
    }

    private void write(String name, String content) throws IOException {
        Files.createDirectories(root.resolve("decks"));
        Files.writeString(root.resolve("decks").resolve(name), content);
    }

    /** Sees only the temporary directory, not the application's own decks. */
    private ClassLoader classLoader() throws IOException {
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }
}
