package org.recall.quiz;

import java.time.Instant;

/**
 * What a quiz attempt and a Practice test attempt have in common once submitted: its number among the
 * learner's attempts, its score and when it was handed in. Their results and lists share one JSON shape
 * (docs/study-api.md).
 */
public interface ScoredAttempt {

    long id();

    int number();

    /** Null while the attempt is open, as are {@link #maxScore}, {@link #submittedAt} and {@link #timeSpentSeconds}. */
    Double score();

    Double maxScore();

    Instant submittedAt();

    Long timeSpentSeconds();
}
