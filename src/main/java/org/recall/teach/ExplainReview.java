package org.recall.teach;

import java.time.Instant;
import java.util.List;

/**
 * A student's explain answer as the instructor reads it, with the points awarded (null when none).
 *
 * @param concepts indexes of the prompt's key concepts the student ticked
 */
public record ExplainReview(String userSub, String name, String promptId, String text, List<Integer> concepts,
        Instant updatedAt, Double awardedPoints, String comment) {

    public ExplainReview {
        concepts = List.copyOf(concepts);
    }
}
