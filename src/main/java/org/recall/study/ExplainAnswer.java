package org.recall.study;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A student's answer to an explain prompt: the text they wrote and the key concepts they ticked as
 * covered, by index in the prompt's list ("You covered N/4 concepts").
 */
public record ExplainAnswer(String promptId, String text, Set<Integer> concepts) {

    public static final int MAX_TEXT_LENGTH = 10_000;

    public ExplainAnswer {
        Objects.requireNonNull(promptId, "promptId");
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("explain answer longer than " + MAX_TEXT_LENGTH);
        }
        concepts = Collections.unmodifiableSortedSet(new TreeSet<>(concepts));
    }

    /** The concepts as stored: {@code "0,2"}. */
    String conceptList() {
        return String.join(",", concepts.stream().map(String::valueOf).toList());
    }

    static SortedSet<Integer> parseConcepts(String list) {
        var concepts = new TreeSet<Integer>();
        for (String index : list.split(",")) {
            if (!index.isBlank()) {
                concepts.add(Integer.parseInt(index.trim()));
            }
        }
        return concepts;
    }

    public List<Integer> conceptIndexes() {
        return List.copyOf(concepts);
    }
}
