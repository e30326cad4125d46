package org.recall.deck;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The string ids of the objects in one array (cards, questions, options of a question, explain
 * prompts), with a check that no id is used twice: quiz answers, attempts and item analysis
 * refer to items by id, so an id must name one item only.
 */
final class ItemIds {

    private ItemIds() {
    }

    /** Records an error at every item whose id an earlier item of the array already has. */
    static void requireUnique(JsonArray items, String arrayPath, DeckErrorList errors) {
        Map<String, String> firstPathById = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String id = idOf(items.get(i));
            if (id == null) {
                continue;
            }
            String itemPath = arrayPath + "[" + i + "].id";
            String firstPath = firstPathById.putIfAbsent(id, itemPath);
            if (firstPath != null) {
                errors.add(itemPath, DeckErrorReason.repeatedId(firstPath));
            }
        }
    }

    /** The ids present in the array, whether or not the rest of each item is valid. */
    static Set<String> of(JsonArray items) {
        Map<String, Boolean> ids = new LinkedHashMap<>();
        items.stream().map(ItemIds::idOf).filter(id -> id != null).forEach(id -> ids.put(id, true));
        return ids.keySet();
    }

    private static String idOf(JsonValue item) {
        if (item.getValueType() != JsonValue.ValueType.OBJECT) {
            return null;
        }
        JsonValue id = item.asJsonObject().get("id");
        return id instanceof JsonString string ? string.getString() : null;
    }
}
