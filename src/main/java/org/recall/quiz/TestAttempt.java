package org.recall.quiz;

import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.recall.study.Learner;

/**
 * One Practice test attempt of a learner.
 *
 * @param itemIds  the items in the order the student was given them ({@link TestItem} ids)
 * @param answers  the answer per item id, as the study API took it (a card item's answer is a JSON string)
 * @param deadline null without a time limit
 * @param submittedAt null while the attempt is open; score, maxScore and timeSpentSeconds likewise
 */
public record TestAttempt(long id, Learner learner, String deckId, Integer deckVersion, int number, List<String> itemIds,
        Map<String, JsonValue> answers, Instant startedAt, Instant deadline, Instant submittedAt, Double score,
        Double maxScore, Long timeSpentSeconds) {

    /** Answers sent this long after the deadline still count: the page submits at the deadline, the network is slow. */
    public static final java.time.Duration GRACE = java.time.Duration.ofSeconds(30);

    public TestAttempt {
        itemIds = List.copyOf(itemIds);
        answers = Map.copyOf(answers);
    }

    public boolean isOpen() {
        return submittedAt == null;
    }

    /** Whether answers may still change at {@code now}: open, and the time limit (with its grace) not passed. */
    public boolean takesAnswersAt(Instant now) {
        return isOpen() && (deadline == null || !now.isAfter(deadline.plus(GRACE)));
    }
}
