package org.recall.deck;

import static org.recall.deck.DeckFormat.*;

import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;

/** Reads the top-level object of a parsed deck document, recording every error it finds. */
final class DeckReader {

    private final DeckErrorList errors;

    DeckReader(DeckErrorList errors) {
        this.errors = errors;
    }

    /** The deck, or empty when any error was recorded (never a deck missing some of its items). */
    Optional<Deck> read(JsonValue root) {
        Optional<JsonFields> deckFields = JsonFields.of(root, "$", DECK, errors);
        if (deckFields.isEmpty()) {
            return Optional.empty();
        }
        JsonFields fields = deckFields.get();
        String id = fields.matching("id", DeckId.PATTERN, DeckErrorReason.BAD_DECK_ID);
        String title = fields.text("title", MAX_TEXT_LENGTH);
        String description = fields.text("description", MAX_TEXT_LENGTH);
        Integer minutes = fields.integer("estimatedMinutes", MIN_MINUTES, MAX_MINUTES);
        String language = fields.matching("language", LANGUAGE, DeckErrorReason.BAD_LANGUAGE);
        String formatName = fields.string("textFormat");
        TextFormat textFormat = formatName == null ? TextFormat.PLAIN : TextFormat.fromJsonName(formatName).orElse(null);
        if (textFormat == null) {
            errors.add(fields.path("textFormat"), DeckErrorReason.BAD_TEXT_FORMAT);
            textFormat = TextFormat.PLAIN;
        }
        ItemReader items = new ItemReader(errors, textFormat);
        QuestionReader questionReader = new QuestionReader(errors, items);
        List<Card> cards = items.objects(
                fields.array("cards", 0, MAX_CARDS), fields.path("cards"), items::card);
        List<Question> questions = items.objects(
                fields.array("questions", 0, MAX_QUESTIONS), fields.path("questions"), questionReader::question);
        List<ExplainPrompt> explainPrompts = items.objects(
                fields.array("explainPrompts", 0, MAX_EXPLAIN_PROMPTS), fields.path("explainPrompts"),
                items::explainPrompt);
        // A deck with only explain prompts has nothing to review and nothing to grade.
        if (fields.isAbsentOrEmptyArray("cards") && fields.isAbsentOrEmptyArray("questions")) {
            errors.add("$", DeckErrorReason.NO_ITEMS);
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Deck(new DeckId(id), title, description, minutes,
                language == null ? DEFAULT_LANGUAGE : language, textFormat, cards, questions, explainPrompts));
    }
}
