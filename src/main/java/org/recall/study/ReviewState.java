package org.recall.study;

import java.util.List;
import java.util.Map;

/**
 * Where a student stands in Recall &amp; Review: the cards last rated known, those last rated not yet
 * (they come back), and how many times each card was rated. Cards never rated are in neither list.
 */
public record ReviewState(List<String> known, List<String> notYet, Map<String, Integer> ratings) {

    public ReviewState {
        known = List.copyOf(known);
        notYet = List.copyOf(notYet);
        ratings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ratings));
    }
}
