package org.recall.deck;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A question with one or more correct options among 2-10: the student ticks every one that applies.
 * Graded with partial credit (org.recall.quiz.MultipleAnswerGrader).
 *
 * @param correctOptionIds in the order of {@code options}
 */
public record MultipleAnswer(String id, String prompt, List<Option> options, List<String> correctOptionIds,
        String explanation, Labels labels) implements Question {

    public MultipleAnswer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        options = List.copyOf(options);
        Set<String> ids = Set.copyOf(options.stream().map(Option::id).toList());
        correctOptionIds = List.copyOf(correctOptionIds);
        if (correctOptionIds.isEmpty() || !ids.containsAll(correctOptionIds)
                || Set.copyOf(correctOptionIds).size() != correctOptionIds.size()) {
            throw new IllegalArgumentException("Question " + id + ": correctOptionIds " + correctOptionIds
                    + " must be distinct ids of its options");
        }
        labels = labels == null ? Labels.NONE : labels;
    }

    @Override
    public QuestionType type() {
        return QuestionType.MULTIPLE_ANSWER;
    }

    @Override
    public PublicQuestion publicView() {
        return PublicQuestion.withOptions(id, type(), prompt, options);
    }
}
