package org.recall.lti.claims;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed reads of a claim's JSON object (as Nimbus parses it: maps, lists, strings, numbers, booleans). */
final class ClaimValues {

    private final Map<String, Object> json;

    ClaimValues(Map<String, Object> json) {
        this.json = json == null ? Map.of() : json;
    }

    Optional<String> string(String name) {
        Object value = json.get(name);
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }

    Optional<URI> uri(String name) {
        return string(name).map(URI::create);
    }

    boolean flag(String name) {
        return Boolean.TRUE.equals(json.get(name)) || "true".equals(json.get(name));
    }

    /** The flag, or {@code absent} when the claim does not carry it. */
    boolean flag(String name, boolean absent) {
        return json.get(name) == null ? absent : flag(name);
    }

    List<String> strings(String name) {
        Object value = json.get(name);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
