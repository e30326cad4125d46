package org.recall.deck;

import java.util.List;
import java.util.Objects;

/**
 * A single-choice quiz question, graded on the server. The correct option and the explanation
 * never leave the server before the student submits: see {@link PublicQuestion}.
 */
public record Question(String id, String prompt, List<Option> options, String correctOptionId, String explanation) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        options = List.copyOf(options);
        Objects.requireNonNull(correctOptionId, "correctOptionId");
        Objects.requireNonNull(explanation, "explanation");
        if (options.stream().noneMatch(option -> option.id().equals(correctOptionId))) {
            throw new IllegalArgumentException(
                    "Question " + id + ": correctOptionId " + correctOptionId + " " + DeckErrorReason.NO_SUCH_OPTION);
        }
    }

    public boolean isCorrect(String optionId) {
        return correctOptionId.equals(optionId);
    }

    /** This question as the student sees it before submitting: prompt and options only. */
    public PublicQuestion publicView() {
        return new PublicQuestion(id, prompt, options);
    }
}
