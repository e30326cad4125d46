package org.recall.study;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A student's Leitner boxes for a deck: the box of every card, the cards due now (deck order) and when
 * each card is next due.
 */
public record SpacedState(Map<String, Integer> boxes, List<String> due, Map<String, Instant> nextDue) {

    public SpacedState {
        boxes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(boxes));
        due = List.copyOf(due);
        nextDue = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(nextDue));
    }
}
