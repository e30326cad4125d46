package org.recall.quiz;

import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.recall.study.Learner;

/**
 * One quiz attempt of a learner.
 *
 * @param questionIds the questions in the order the student was given them (shuffled when asked)
 * @param answers     the answer per question id (JSON of its type, docs/study-api.md), so far (open) or as submitted
 * @param submittedAt null while the attempt is open; score, maxScore and timeSpentSeconds likewise
 */
public record Attempt(
        long id,
        Learner learner,
        String deckId,
        Integer deckVersion,
        int number,
        List<String> questionIds,
        Map<String, JsonValue> answers,
        Instant startedAt,
        Instant submittedAt,
        Double score,
        Double maxScore,
        Long timeSpentSeconds) implements ScoredAttempt {

    public Attempt {
        questionIds = List.copyOf(questionIds);
        answers = Map.copyOf(answers);
    }

    public boolean isOpen() {
        return submittedAt == null;
    }

    public boolean belongsTo(Learner other) {
        return learner.equals(other);
    }
}
