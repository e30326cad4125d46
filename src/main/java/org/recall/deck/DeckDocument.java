package org.recall.deck;

import org.recall.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Writes a deck back as a document of the JSON deck format, answer key included: the form uploaded
 * decks are stored in, whatever format they were uploaded in, so that {@link DeckLoader} reads them back.
 */
public final class DeckDocument {

    private DeckDocument() {
    }

    public static String of(Deck deck) {
        return json(deck).toString();
    }

    static JsonObject json(Deck deck) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", deck.id().value())
                .add("title", deck.title());
        if (deck.description() != null) {
            json.add("description", deck.description());
        }
        json.add("estimatedMinutes", deck.estimatedMinutes()).add("language", deck.language());
        JsonArrayBuilder cards = Json.createArrayBuilder();
        for (Card card : deck.cards()) {
            cards.add(Json.createObjectBuilder().add("id", card.id()).add("prompt", card.prompt())
                    .add("answer", card.answer()).add("level", card.level().jsonName()));
        }
        JsonArrayBuilder questions = Json.createArrayBuilder();
        for (Question question : deck.questions()) {
            JsonArrayBuilder options = Json.createArrayBuilder();
            question.options().forEach(o -> options.add(Json.createObjectBuilder().add("id", o.id()).add("text", o.text())));
            questions.add(Json.createObjectBuilder().add("id", question.id()).add("prompt", question.prompt())
                    .add("options", options).add("correctOptionId", question.correctOptionId())
                    .add("explanation", question.explanation()));
        }
        JsonArrayBuilder prompts = Json.createArrayBuilder();
        for (ExplainPrompt prompt : deck.explainPrompts()) {
            JsonArrayBuilder concepts = Json.createArrayBuilder();
            prompt.keyConcepts().forEach(concepts::add);
            prompts.add(Json.createObjectBuilder().add("id", prompt.id()).add("prompt", prompt.prompt())
                    .add("hint", prompt.hint()).add("keyConcepts", concepts));
        }
        if (!deck.cards().isEmpty()) {
            json.add("cards", cards);
        }
        if (!deck.questions().isEmpty()) {
            json.add("questions", questions);
        }
        if (!deck.explainPrompts().isEmpty()) {
            json.add("explainPrompts", prompts);
        }
        return json.build();
    }
}
