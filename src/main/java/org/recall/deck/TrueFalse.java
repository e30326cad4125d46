package org.recall.deck;

import java.util.Objects;

/** A statement the student marks true or false. */
public record TrueFalse(String id, String prompt, boolean correct, String explanation, Labels labels)
        implements Question {

    public TrueFalse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        labels = labels == null ? Labels.NONE : labels;
    }

    @Override
    public QuestionType type() {
        return QuestionType.TRUE_FALSE;
    }

    @Override
    public PublicQuestion publicView() {
        return PublicQuestion.plain(id, type(), prompt);
    }
}
