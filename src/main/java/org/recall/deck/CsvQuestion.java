package org.recall.deck;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.recall.json.Json;

/**
 * One question row of the CSV form (docs/deck-format.md, "CSV form") as a question of the JSON format, by
 * the row's type: {@code question} (single choice, as before the other types) or a type name of the
 * format. The {@code correct} cell holds the key in the words of the type: an option letter (single
 * choice), letters separated by blanks or commas (multiple answer), {@code true}/{@code false}, accepted
 * answers separated by {@code |} (short answer), the number (numeric, with {@code tolerance}); a matching
 * row has {@code prompt -> answer} in its option cells ({@code -> answer} alone: a distractor).
 */
final class CsvQuestion {

    static final List<String> OPTION_COLUMNS = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
    static final String NO_ARROW = "must be prompt -> answer (or -> answer for a distractor)";

    private CsvQuestion() {
    }

    /** {@code question} is single choice; otherwise the format's type names. */
    static Optional<QuestionType> typeOf(String cell) {
        return cell.equals("question") ? Optional.of(QuestionType.SINGLE_CHOICE) : QuestionType.fromJsonName(cell);
    }

    /** The columns a row of this type may fill. */
    static List<String> columns(QuestionType type) {
        List<String> columns = new ArrayList<>(List.of("type", "id", "prompt", "explanation"));
        switch (type) {
            case SINGLE_CHOICE, MULTIPLE_ANSWER -> {
                columns.add("correct");
                columns.addAll(OPTION_COLUMNS);
            }
            case MATCHING -> columns.addAll(OPTION_COLUMNS);
            case NUMERIC -> columns.addAll(List.of("correct", "tolerance"));
            default -> columns.add("correct");
        }
        return columns;
    }

    /**
     * @param cell      a cell of the row by column name ("" when empty)
     * @param letters   filled with the option (or pair) letters in order, for error messages
     * @param others    filled with the distractor letters in order
     */
    static JsonObjectBuilder item(QuestionType type, UnaryOperator<String> cell, List<String> letters, List<String> others,
            List<String> cellErrors) {
        JsonObjectBuilder item = Json.createObjectBuilder();
        if (type != QuestionType.SINGLE_CHOICE) {
            item.add("type", type.jsonName());
        }
        String correct = cell.apply("correct");
        switch (type) {
            case SINGLE_CHOICE -> item.add("options", options(cell, letters))
                    .add("correctOptionId", correct.toLowerCase(Locale.ROOT));
            case MULTIPLE_ANSWER -> {
                item.add("options", options(cell, letters));
                JsonArrayBuilder ids = Json.createArrayBuilder();
                for (String id : correct.toLowerCase(Locale.ROOT).split("[\\s,;]+")) {
                    if (!id.isEmpty()) {
                        ids.add(id);
                    }
                }
                item.add("correctOptionIds", ids);
            }
            case TRUE_FALSE -> {
                String truth = correct.toLowerCase(Locale.ROOT);
                item.add("correct", truth.equals("true") ? jakarta.json.JsonValue.TRUE
                        : truth.equals("false") ? jakarta.json.JsonValue.FALSE : Json.createValue(correct));
            }
            case SHORT_ANSWER -> {
                JsonArrayBuilder accepted = Json.createArrayBuilder();
                for (String answer : correct.split("\\|")) {
                    if (!answer.isBlank()) {
                        accepted.add(answer.strip());
                    }
                }
                item.add("acceptedAnswers", accepted);
            }
            case NUMERIC -> {
                item.add("value", number(correct));
                if (!cell.apply("tolerance").isEmpty()) {
                    item.add("tolerance", number(cell.apply("tolerance")));
                }
            }
            case MATCHING -> pairs(item, cell, letters, others, cellErrors);
        }
        String explanation = cell.apply("explanation");
        if (!explanation.isEmpty()) {
            item.add("explanation", explanation);
        }
        return item;
    }

    private static JsonArrayBuilder options(UnaryOperator<String> cell, List<String> letters) {
        JsonArrayBuilder options = Json.createArrayBuilder();
        for (String letter : OPTION_COLUMNS) {
            String text = cell.apply(letter);
            if (!text.isEmpty()) {
                options.add(Json.createObjectBuilder().add("id", letter).add("text", text));
                letters.add(letter);
            }
        }
        return options;
    }

    private static void pairs(JsonObjectBuilder item, UnaryOperator<String> cell, List<String> letters, List<String> others,
            List<String> cellErrors) {
        JsonArrayBuilder pairs = Json.createArrayBuilder();
        JsonArrayBuilder distractors = Json.createArrayBuilder();
        for (String letter : OPTION_COLUMNS) {
            String text = cell.apply(letter);
            if (text.isEmpty()) {
                continue;
            }
            int arrow = text.indexOf("->");
            if (arrow < 0) {
                cellErrors.add(letter);
                continue;
            }
            String prompt = text.substring(0, arrow).strip();
            String answer = text.substring(arrow + 2).strip();
            if (prompt.isEmpty()) {
                distractors.add(answer);
                others.add(letter);
            } else {
                pairs.add(Json.createObjectBuilder().add("id", "p" + (letters.size() + 1)).add("prompt", prompt)
                        .add("answer", answer));
                letters.add(letter);
            }
        }
        item.add("pairs", pairs);
        if (!others.isEmpty()) {
            item.add("distractors", distractors);
        }
    }

    /** A number as typed (decimal point or comma); otherwise the text, for the loader to report. */
    private static jakarta.json.JsonValue number(String text) {
        try {
            return Json.createValue(new BigDecimal(text.strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            return Json.createValue(text);
        }
    }
}
