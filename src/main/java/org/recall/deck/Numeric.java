package org.recall.deck;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A question answered with a number, right when it is within {@code tolerance} of {@code value}
 * (both ends included, as Moodle's "nominal" tolerance). Decimal arithmetic, so 0.1 + 0.2 is 0.3.
 */
public record Numeric(String id, String prompt, BigDecimal value, BigDecimal tolerance, String explanation,
        Labels labels) implements Question {

    public Numeric {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(value, "value");
        tolerance = tolerance == null ? BigDecimal.ZERO : tolerance;
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("Question " + id + ": negative tolerance " + tolerance);
        }
        labels = labels == null ? Labels.NONE : labels;
    }

    @Override
    public QuestionType type() {
        return QuestionType.NUMERIC;
    }

    @Override
    public PublicQuestion publicView() {
        return PublicQuestion.plain(id, type(), prompt);
    }
}
