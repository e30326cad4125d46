package org.recall.activity;

import java.util.List;
import java.util.OptionalDouble;

/** Which score of a student's attempts goes to the gradebook. */
public enum AttemptPolicy {
    HIGHEST, LATEST, AVERAGE;

    /** The score to send for these attempt scores, oldest first; empty when there are none. */
    public OptionalDouble apply(List<Double> scoresOldestFirst) {
        if (scoresOldestFirst.isEmpty()) {
            return OptionalDouble.empty();
        }
        return switch (this) {
            case HIGHEST -> scoresOldestFirst.stream().mapToDouble(Double::doubleValue).max();
            case LATEST -> OptionalDouble.of(scoresOldestFirst.get(scoresOldestFirst.size() - 1));
            case AVERAGE -> scoresOldestFirst.stream().mapToDouble(Double::doubleValue).average();
        };
    }
}
