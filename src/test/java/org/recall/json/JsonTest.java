package org.recall.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void buildsAndReadsAsJakartaJsonDoes() {
        String built = Json.createObjectBuilder().add("a", 1).add("b", Json.createArrayBuilder().add("x").add(2.5))
                .add("c", Json.createValue("y")).build().toString();
        String expected = jakarta.json.Json.createObjectBuilder().add("a", 1)
                .add("b", jakarta.json.Json.createArrayBuilder().add("x").add(2.5))
                .add("c", jakarta.json.Json.createValue("y")).build().toString();
        assertEquals(expected, built);
        assertEquals(jakarta.json.Json.createReader(new StringReader(expected)).readObject(),
                Json.createReader(new StringReader(built)).readObject());
        assertEquals("{\"k\":[1,2]}", Json.createObjectBuilder(Map.of("k", List.of(1, 2))).build().toString());
    }
}
