package org.recall.deck;

import java.util.List;
import java.util.Objects;

/**
 * A question answered by typing a word or a short phrase, right when it matches one of the accepted
 * answers (org.recall.quiz.ShortAnswerGrader states the matching: trimming, Unicode NFC, case, {@code *}).
 *
 * @param caseSensitive false (the default) compares without regard to letter case, as Moodle's default
 */
public record ShortAnswer(String id, String prompt, List<String> acceptedAnswers, boolean caseSensitive,
        String explanation, Labels labels) implements Question {

    public ShortAnswer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        acceptedAnswers = List.copyOf(acceptedAnswers);
        if (acceptedAnswers.isEmpty()) {
            throw new IllegalArgumentException("Question " + id + ": no accepted answer");
        }
        labels = labels == null ? Labels.NONE : labels;
    }

    @Override
    public QuestionType type() {
        return QuestionType.SHORT_ANSWER;
    }

    @Override
    public PublicQuestion publicView() {
        return PublicQuestion.plain(id, type(), prompt);
    }
}
