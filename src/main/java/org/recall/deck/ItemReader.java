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
 * Reads the items of a deck: cards, options, matching pairs, explain prompts, and the texts and labels
 * they share (questions: {@link QuestionReader}). An item is returned only when all its fields are
 * valid; otherwise its errors are recorded.
 */
final class ItemReader {

    private final DeckErrorList errors;
    private final TextFormat textFormat;

    ItemReader(DeckErrorList errors, TextFormat textFormat) {
        this.errors = errors;
        this.textFormat = textFormat;
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

    /**
     * A prompt, answer, option text, explanation or hint: plain text, or in a deck of
     * {@link TextFormat#HTML} well-formed HTML within {@link HtmlSubset} that shows something.
     */
    String richText(JsonFields fields, String name, int maxLength) {
        String text = fields.text(name, maxLength);
        if (text == null || textFormat != TextFormat.HTML) {
            return text;
        }
        if (!HtmlSubset.allows(text)) {
            errors.add(fields.path(name), DeckErrorReason.HTML_OUTSIDE_SUBSET);
            return null;
        }
        if (HtmlSubset.isBlank(text)) {
            errors.add(fields.path(name), DeckErrorReason.BLANK);
            return null;
        }
        return text;
    }

    /** The optional section and tags of a card or question; records an error for each bad one. */
    Labels labels(JsonFields fields) {
        String section = fields.text("section", MAX_LABEL_LENGTH);
        JsonArray tagArray = fields.array("tags", 0, MAX_TAGS);
        List<String> tags = new ArrayList<>();
        for (int i = 0; tagArray != null && i < tagArray.size(); i++) {
            String itemPath = fields.path("tags") + "[" + i + "]";
            String tag = JsonFields.checkText(tagArray.get(i), itemPath, MAX_LABEL_LENGTH, errors);
            if (tag != null && tags.contains(tag)) {
                errors.add(itemPath, DeckErrorReason.REPEATED_TAG);
            } else if (tag != null) {
                tags.add(tag);
            }
        }
        return section == null && tags.isEmpty() ? Labels.NONE : new Labels(section, tags);
    }

    Optional<Card> card(JsonValue value, String path) {
        return JsonFields.of(value, path, CARD, errors).map(fields -> {
            int before = errors.size();
            String id = fields.matching("id", ITEM_ID, DeckErrorReason.BAD_ITEM_ID);
            String prompt = richText(fields, "prompt", MAX_TEXT_LENGTH);
            String answer = richText(fields, "answer", MAX_ANSWER_LENGTH);
            String levelName = fields.string("level");
            Level level = levelName == null ? null : Level.fromJsonName(levelName).orElse(null);
            if (levelName != null && level == null) {
                errors.add(fields.path("level"), DeckErrorReason.BAD_LEVEL);
            }
            Labels labels = labels(fields);
            return errors.size() > before || id == null || prompt == null || answer == null || level == null
                    ? null : new Card(id, prompt, answer, level, labels);
        });
    }

    Optional<Option> option(JsonValue value, String path) {
        return JsonFields.of(value, path, OPTION, errors).map(fields -> {
            String id = fields.matching("id", ITEM_ID, DeckErrorReason.BAD_ITEM_ID);
            String text = richText(fields, "text", MAX_TEXT_LENGTH);
            return id == null || text == null ? null : new Option(id, text);
        });
    }

    /** A matching pair: the prompt may be rich text; the answer is plain (it is shown in a list to pick from). */
    Optional<MatchPair> pair(JsonValue value, String path) {
        return JsonFields.of(value, path, PAIR, errors).map(fields -> {
            String id = fields.matching("id", ITEM_ID, DeckErrorReason.BAD_ITEM_ID);
            String prompt = richText(fields, "prompt", MAX_TEXT_LENGTH);
            String answer = fields.text("answer", MAX_SHORT_TEXT_LENGTH);
            return id == null || prompt == null || answer == null ? null : new MatchPair(id, prompt, answer);
        });
    }

    Optional<ExplainPrompt> explainPrompt(JsonValue value, String path) {
        return JsonFields.of(value, path, EXPLAIN_PROMPT, errors).map(fields -> {
            int before = errors.size();
            String id = fields.matching("id", ITEM_ID, DeckErrorReason.BAD_ITEM_ID);
            String prompt = richText(fields, "prompt", MAX_TEXT_LENGTH);
            String hint = richText(fields, "hint", MAX_TEXT_LENGTH);
            JsonArray conceptArray = fields.array("keyConcepts", MIN_KEY_CONCEPTS, MAX_KEY_CONCEPTS);
            List<String> concepts = keyConcepts(conceptArray, fields.path("keyConcepts"));
            boolean complete = conceptArray != null && concepts.size() == conceptArray.size();
            return errors.size() > before || id == null || prompt == null || !complete
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
