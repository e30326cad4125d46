package org.recall.deck;

import java.util.List;

/**
 * Where a card or question sits in its deck: a section (a Moodle question category such as
 * {@code Algebra/Fractions}, a GIFT {@code $CATEGORY}) and free tags (Moodle question tags, Anki tags).
 *
 * @param section null when the item has none
 */
public record Labels(String section, List<String> tags) {

    public static final Labels NONE = new Labels(null, List.of());

    public Labels {
        tags = List.copyOf(tags);
    }

    public boolean isEmpty() {
        return section == null && tags.isEmpty();
    }
}
