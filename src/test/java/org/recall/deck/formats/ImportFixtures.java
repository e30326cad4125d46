package org.recall.deck.formats;

import java.io.IOException;
import java.io.InputStream;
import org.recall.deck.CsvDeck;

/** The import fixtures of src/test/resources/imports/, written from Moodle's, Anki's and Quizlet's format documentation. */
public final class ImportFixtures {

    public static final CsvDeck.Parameters PARAMETERS = new CsvDeck.Parameters("imported", "Imported", null, null, null);

    private ImportFixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = ImportFixtures.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("no fixture " + name, e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }
}
