package org.recall.web.teach;

import jakarta.json.JsonObjectBuilder;

/** Optional fields of the teaching JSON: text left out when absent, numbers written as null. */
final class JsonFieldsOut {

    private JsonFieldsOut() {
    }

    static void text(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    static void number(JsonObjectBuilder json, String name, Double value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
