package org.recall.web.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CanvasConfigTest {

    @Test
    void theTemplateInLtiConfigIsTheLiveDocumentWithThePlaceholderBase() throws Exception {
        String template = Files.readString(Path.of("lti-config", "canvas.json"));
        try (var reader = Json.createReader(new StringReader(template))) {
            assertEquals(reader.readObject(), CanvasConfig.of(URI.create(CanvasConfig.PLACEHOLDER)));
        }
    }

    @Test
    void everyUrlUsesTheBase() {
        String json = CanvasConfig.of(URI.create("https://tools.school.example:8443")).toString();
        assertEquals(5, json.split("https://tools.school.example:8443/", -1).length - 1);
    }
}
