package org.recall.deck.formats;

import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import org.recall.deck.Level;
import org.recall.json.Json;

/**
 * The section and tags an imported item gets, and a card's level: Recall's exports tag a card with
 * {@code level:advanced} (Moodle has no cards; they travel as descriptions), which the import reads back.
 */
record Labels(String section, List<String> tags) {

    static final String LEVEL_TAG = "level:";

    void addTo(JsonObjectBuilder item) {
        if (section != null) {
            item.add("section", section);
        }
        List<String> distinct = tags.stream().filter(t -> !t.isBlank()).distinct().toList();
        if (!distinct.isEmpty()) {
            item.add("tags", Json.createArrayBuilder(distinct));
        }
    }

    /** Adds the labels and the level (from a {@code level:…} tag, else beginner) to a card. */
    void asCard(JsonObjectBuilder card) {
        String level = "beginner";
        List<String> others = new ArrayList<>();
        for (String tag : tags) {
            String name = tag.startsWith(LEVEL_TAG) ? tag.substring(LEVEL_TAG.length()) : null;
            if (name != null && Level.fromJsonName(name).isPresent()) {
                level = name;
            } else {
                others.add(tag);
            }
        }
        card.add("level", level);
        new Labels(section, others).addTo(card);
    }
}
