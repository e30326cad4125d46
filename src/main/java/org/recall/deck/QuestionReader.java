package org.recall.deck;

import static org.recall.deck.DeckFormat.*;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one question of a deck document: its {@code type} (absent: single choice) picks the fields it
 * must have. The question is returned only when all of them are valid; otherwise its errors are recorded.
 */
final class QuestionReader {

    private final DeckErrorList errors;
    private final ItemReader items;

    QuestionReader(DeckErrorList errors, ItemReader items) {
        this.errors = errors;
        this.items = items;
    }

    Optional<Question> question(JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            errors.add(path, DeckErrorReason.NOT_OBJECT);
            return Optional.empty();
        }
        JsonValue typeValue = value.asJsonObject().get("type");
        QuestionType type = QuestionType.SINGLE_CHOICE;
        if (typeValue != null) {
            type = typeValue instanceof JsonString name ? QuestionType.fromJsonName(name.getString()).orElse(null) : null;
            if (type == null) {
                errors.add(JsonFields.member(path, "type"), typeValue instanceof JsonString
                        ? DeckErrorReason.BAD_QUESTION_TYPE : DeckErrorReason.NOT_STRING);
                return Optional.empty();
            }
        }
        QuestionType known = type;
        return JsonFields.of(value, path, QUESTION_SHAPES.get(type), errors).map(fields -> read(known, fields));
    }

    private Question read(QuestionType type, JsonFields fields) {
        int before = errors.size();
        String validId = fields.matching("id", ITEM_ID, DeckErrorReason.BAD_ITEM_ID);
        String validPrompt = items.richText(fields, "prompt", MAX_TEXT_LENGTH);
        // The type's fields are checked even when the id or prompt is bad, so that every error is reported;
        // a question built with these stand-ins is thrown away below.
        String id = validId == null ? "" : validId;
        String prompt = validPrompt == null ? "" : validPrompt;
        String explanation = items.richText(fields, "explanation", MAX_ANSWER_LENGTH);
        Labels labels = items.labels(fields);
        Question question = switch (type) {
            case SINGLE_CHOICE -> singleChoice(fields, id, prompt, explanation, labels);
            case MULTIPLE_ANSWER -> multipleAnswer(fields, id, prompt, explanation, labels);
            case TRUE_FALSE -> {
                Boolean correct = fields.bool("correct");
                yield correct == null ? null : new TrueFalse(id, prompt, correct, explanation, labels);
            }
            case SHORT_ANSWER -> shortAnswer(fields, id, prompt, explanation, labels);
            case NUMERIC -> {
                BigDecimal number = fields.decimal("value", false);
                BigDecimal tolerance = fields.decimal("tolerance", true);
                yield number == null ? null : new Numeric(id, prompt, number, tolerance, explanation, labels);
            }
            case MATCHING -> matching(fields, id, prompt, explanation, labels);
        };
        // Each reader builds its question only from fields that were valid; any error of this question
        // (an id, a prompt, a label) means it is not part of the deck.
        return errors.size() > before || validId == null || validPrompt == null ? null : question;
    }

    private Question singleChoice(JsonFields fields, String id, String prompt, String explanation, Labels labels) {
        JsonArray optionArray = fields.array("options", MIN_OPTIONS, MAX_OPTIONS);
        List<Option> options = items.objects(optionArray, fields.path("options"), items::option);
        String correct = fields.matching("correctOptionId", ITEM_ID, DeckErrorReason.BAD_ITEM_ID);
        if (correct != null && optionArray != null && !ItemIds.of(optionArray).contains(correct)) {
            errors.add(fields.path("correctOptionId"), DeckErrorReason.NO_SUCH_OPTION);
            return null;
        }
        boolean complete = optionArray != null && options.size() == optionArray.size();
        return !complete || correct == null ? null : new SingleChoice(id, prompt, options, correct, explanation, labels);
    }

    private Question multipleAnswer(JsonFields fields, String id, String prompt, String explanation, Labels labels) {
        JsonArray optionArray = fields.array("options", MIN_OPTIONS, MAX_OPTIONS);
        List<Option> options = items.objects(optionArray, fields.path("options"), items::option);
        JsonArray correctArray = fields.array("correctOptionIds", 1, MAX_OPTIONS);
        Set<String> optionIds = optionArray == null ? Set.of() : ItemIds.of(optionArray);
        Set<String> correct = new LinkedHashSet<>();
        for (int i = 0; correctArray != null && i < correctArray.size(); i++) {
            String itemPath = fields.path("correctOptionIds") + "[" + i + "]";
            JsonValue item = correctArray.get(i);
            if (!(item instanceof JsonString string)) {
                errors.add(itemPath, DeckErrorReason.NOT_STRING);
            } else if (optionArray != null && !optionIds.contains(string.getString())) {
                errors.add(itemPath, DeckErrorReason.NO_SUCH_OPTION);
            } else if (!correct.add(string.getString())) {
                errors.add(itemPath, DeckErrorReason.REPEATED_OPTION);
            }
        }
        boolean complete = optionArray != null && options.size() == optionArray.size()
                && correctArray != null && correct.size() == correctArray.size() && !correct.isEmpty();
        // The key in the options' order, whatever order the document listed it in.
        return complete ? new MultipleAnswer(id, prompt, options,
                options.stream().map(Option::id).filter(correct::contains).toList(), explanation, labels) : null;
    }

    private Question shortAnswer(JsonFields fields, String id, String prompt, String explanation, Labels labels) {
        JsonArray array = fields.array("acceptedAnswers", 1, MAX_ACCEPTED_ANSWERS);
        List<String> accepted = distinctTexts(array, fields.path("acceptedAnswers"));
        Boolean caseSensitive = fields.bool("caseSensitive");
        boolean complete = array != null && accepted.size() == array.size() && !accepted.isEmpty();
        return complete ? new ShortAnswer(id, prompt, accepted, Boolean.TRUE.equals(caseSensitive), explanation, labels)
                : null;
    }

    private Question matching(JsonFields fields, String id, String prompt, String explanation, Labels labels) {
        JsonArray pairArray = fields.array("pairs", MIN_PAIRS, MAX_PAIRS);
        List<MatchPair> pairs = items.objects(pairArray, fields.path("pairs"), items::pair);
        JsonArray distractorArray = fields.array("distractors", 0, MAX_DISTRACTORS);
        List<String> distractors = distinctTexts(distractorArray, fields.path("distractors"));
        for (int i = 0; distractorArray != null && i < distractorArray.size(); i++) {
            String distractor = distractorArray.get(i) instanceof JsonString text ? text.getString() : null;
            if (pairs.stream().anyMatch(pair -> pair.answer().equals(distractor))) {
                errors.add(fields.path("distractors") + "[" + i + "]", DeckErrorReason.DISTRACTOR_IS_ANSWER);
            }
        }
        boolean complete = pairArray != null && pairs.size() == pairArray.size()
                && (distractorArray == null || distractors.size() == distractorArray.size());
        return complete ? new Matching(id, prompt, pairs, distractors, explanation, labels) : null;
    }

    /** Short plain texts (accepted answers, distractors), none twice. */
    private List<String> distinctTexts(JsonArray array, String path) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            String itemPath = path + "[" + i + "]";
            String text = JsonFields.checkText(array.get(i), itemPath, MAX_SHORT_TEXT_LENGTH, errors);
            if (text != null && texts.contains(text)) {
                errors.add(itemPath, DeckErrorReason.REPEATED_ANSWER);
            } else if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }
}
