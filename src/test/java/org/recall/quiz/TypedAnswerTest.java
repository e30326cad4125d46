package org.recall.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.recall.json.Json;

/** The server's typed-answer comparison passes the vectors Write's page comparison passes (answer-compare.test.mjs). */
class TypedAnswerTest {

    @Test
    void theSharedVectors() throws IOException {
        var vectors = Json.createReader(new StringReader(Files.readString(Path.of("src/test/resources/typed-answers.json"))))
                .readArray().getValuesAs(JsonObject.class);
        for (JsonObject v : vectors) {
            assertEquals(v.getBoolean("accepted"), TypedAnswer.accepts(v.getString("typed"), v.getString("expected")),
                    v.toString());
        }
    }

    @Test
    void foldingAndDistance() {
        assertEquals("cafe au lait", TypedAnswer.fold("  Café, au\tLAIT! "));
        assertEquals(3, TypedAnswer.distance("kitten", "sitting"));
        assertEquals(1, TypedAnswer.distance("ab", "ba"));
        assertEquals(0, TypedAnswer.allowedEdits(3));
        assertEquals(2, TypedAnswer.allowedEdits(25));
    }
}
