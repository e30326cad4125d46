package org.recall.deck;

import static org.recall.deck.DeckFormat.*;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads the items of a deck: cards, questions with their options, explain prompts. An item is
 * returned only when all its fields are valid; otherwise its errors are recorded.
 */
final class ItemReader {

    private final DeckErrorList errors;

    ItemReader(DeckErrorList errors) {
        this.errors = errors;
    }

    /** Reads every item of {@code array}, checking that their ids are unique within it. */
    <T> List<T> objects(JsonArray array, String path, BiFunction<JsonValue, String, Optional<T>> read) {
        if (array == null) {
            return List.of();
        }
        ItemIds.requireUnique(array, path, errors);
        List<T> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            read.apply(array.get(i), path + "[" + i + "]").ifPresent(items::add);
        }
        return items;
    }

    Optional<Card> card(JsonValue value, String path) {
        return JsonFields.of(value, path, CARD, errors).map(fields -> {
            String id = fields.matching("id", ITEM_ID, DeckErrorReason.BAD_ITEM_ID);
            String prompt = fields.text("prompt", MAX_TEXT_LENGTH);
            String answer = fields.text("answer", MAX_ANSWER_LENGTH);
            String levelName = fields.string("level");
            Level level = levelName == null ? null : Level.fromJsonName(levelName).orElse(null);
            if (levelName != null && level == null) {
                errors.add(fields.path("level"), DeckErrorReason.BAD_LEVEL);
            }
            return id == null || prompt == null || answer == null || level == null
                    ? null : new Card(id, prompt, answer, level);
        });
    }

    Optional<Question> question(JsonValue value, String path) {
        return JsonFields.of(value, path, QUESTION, errors).map(fields -> {
            String id = fields.matching("id", ITEM_ID, DeckErrorReason.BAD_ITEM_ID);
            String prompt = fields.text("prompt", MAX_TEXT_LENGTH);
            JsonArray optionArray = fields.array("options", MIN_OPTIONS, MAX_OPTIONS);
            List<Option> options = objects(optionArray, fields.path("options"), this::option);
            String correct = fields.matching("correctOptionId", ITEM_ID, DeckErrorReason.BAD_ITEM_ID);
            if (correct != null && optionArray != null && !ItemIds.of(optionArray).contains(correct)) {
                errors.add(fields.path("correctOptionId"), DeckErrorReason.NO_SUCH_OPTION);
                correct = null;
            }
            String explanation = fields.text("explanation", MAX_ANSWER_LENGTH);
            boolean complete = optionArray != null && options.size() == optionArray.size();
            return id == null || prompt == null || !complete || correct == null || explanation == null
                    ? null : new Question(id, prompt, options, correct, explanation);
        });
    }

    private Optional<Option> option(JsonValue value, String path) {
        return JsonFields.of(value, path, OPTION, errors).map(fields -> {
            String id = fields.matching("id", ITEM_ID, DeckErrorReason.BAD_ITEM_ID);
            String text = fields.text("text", MAX_TEXT_LENGTH);
            return id == null || text == null ? null : new Option(id, text);
        });
    }

    Optional<ExplainPrompt> explainPrompt(JsonValue value, String path) {
        return JsonFields.of(value, path, EXPLAIN_PROMPT, errors).map(fields -> {
            String id = fields.matching("id", ITEM_ID, DeckErrorReason.BAD_ITEM_ID);
            String prompt = fields.text("prompt", MAX_TEXT_LENGTH);
            String hint = fields.text("hint", MAX_TEXT_LENGTH);
            JsonArray conceptArray = fields.array("keyConcepts", MIN_KEY_CONCEPTS, MAX_KEY_CONCEPTS);
            List<String> concepts = keyConcepts(conceptArray, fields.path("keyConcepts"));
            boolean complete = conceptArray != null && concepts.size() == conceptArray.size();
            return id == null || prompt == null || hint == null || !complete
                    ? null : new ExplainPrompt(id, prompt, hint, concepts);
        });
    }

    /** Non-blank, short and distinct: the student ticks each one off ("You got N/4 concepts"). */
    private List<String> keyConcepts(JsonArray array, String path) {
        List<String> concepts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            String itemPath = path + "[" + i + "]";
            String concept = JsonFields.checkText(array.get(i), itemPath, MAX_CONCEPT_LENGTH, errors);
            if (concept != null && !seen.add(concept)) {
                errors.add(itemPath, DeckErrorReason.REPEATED_CONCEPT);
            } else if (concept != null) {
                concepts.add(concept);
            }
        }
        return concepts;
    }
}
