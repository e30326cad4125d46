package org.recall.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.recall.deck.DeckErrorReason;
import org.recall.json.Json;

/**
 * Runs the deck editor's module tests ({@code src/test/js/editor.test.mjs}, {@code node --test}) with every
 * reason {@link DeckErrorReason} can give, so that a new rule of the loader without words in the editor's
 * English and Spanish fails here. Skipped, saying so, when the machine has no Node.js.
 */
class EditorModulesTest {

    @Test
    void editorModulesAndTheirWordsForEveryDeckError() throws Exception {
        Path reasons = Files.createTempFile("deck-error-reasons", ".json");
        Files.writeString(reasons, Json.createArrayBuilder(reasons()).build().toString());
        Process node;
        try {
            var builder = new ProcessBuilder("node", "--test", "src/test/js/editor.test.mjs").redirectErrorStream(true);
            builder.environment().put("REASONS_FILE", reasons.toString());
            node = builder.start();
        } catch (IOException noNode) {
            assumeTrue(false, "node is not installed: the editor's module tests (node --test) cannot run");
            return;
        }
        if (!node.waitFor(120, TimeUnit.SECONDS)) {
            node.destroyForcibly();
        }
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(output);
        assertEquals(0, node.exitValue(), output);
        Files.deleteIfExists(reasons);
    }

    /** Every fixed reason, and each parameterized one with sample values. */
    private static List<String> reasons() throws IllegalAccessException {
        List<String> all = new ArrayList<>();
        for (var field : DeckErrorReason.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                all.add((String) field.get(null));
            }
        }
        all.addAll(List.of(DeckErrorReason.tooLong(200), DeckErrorReason.tooFewItems(2), DeckErrorReason.tooManyItems(10),
                DeckErrorReason.outOfRange(1, 600), DeckErrorReason.repeatedId("$.cards[0].id"),
                DeckErrorReason.malformedJson(3, 14)));
        return all;
    }
}
