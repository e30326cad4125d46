package org.recall.deck;

import java.util.List;
import java.util.Objects;

/** A question with one correct option among 2-10 (a question without {@code type} in the deck format). */
public record SingleChoice(String id, String prompt, List<Option> options, String correctOptionId, String explanation,
        Labels labels) implements Question {

    public SingleChoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        options = List.copyOf(options);
        Objects.requireNonNull(correctOptionId, "correctOptionId");
        labels = labels == null ? Labels.NONE : labels;
        if (options.stream().noneMatch(option -> option.id().equals(correctOptionId))) {
            throw new IllegalArgumentException(
                    "Question " + id + ": correctOptionId " + correctOptionId + " " + DeckErrorReason.NO_SUCH_OPTION);
        }
    }

    public SingleChoice(String id, String prompt, List<Option> options, String correctOptionId, String explanation) {
        this(id, prompt, options, correctOptionId, explanation, Labels.NONE);
    }

    @Override
    public QuestionType type() {
        return QuestionType.SINGLE_CHOICE;
    }

    public boolean isCorrect(String optionId) {
        return correctOptionId.equals(optionId);
    }

    @Override
    public PublicQuestion publicView() {
        return PublicQuestion.withOptions(id, type(), prompt, options);
    }
}
