package org.recall.deck;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.recall.json.Json;

/**
 * Writes a deck back as a document of the JSON deck format, answer key included: the form uploaded
 * decks are stored in, whatever format they were uploaded in, so that {@link DeckLoader} reads them back.
 * It is also the JSON export (GET /api/decks/{id}/export?format=json).
 */
public final class DeckDocument {

    private DeckDocument() {
    }

    public static String of(Deck deck) {
        return json(deck).toString();
    }

    static JsonObject json(Deck deck) {
        JsonObjectBuilder json = header(deck);
        if (!deck.cards().isEmpty()) {
            JsonArrayBuilder cards = Json.createArrayBuilder();
            deck.cards().forEach(card -> cards.add(ItemJson.card(card)));
            json.add("cards", cards);
        }
        if (!deck.questions().isEmpty()) {
            JsonArrayBuilder questions = Json.createArrayBuilder();
            deck.questions().forEach(question -> questions.add(ItemJson.question(question)));
            json.add("questions", questions);
        }
        if (!deck.explainPrompts().isEmpty()) {
            JsonArrayBuilder prompts = Json.createArrayBuilder();
            deck.explainPrompts().forEach(prompt -> prompts.add(ItemJson.explain(prompt)));
            json.add("explainPrompts", prompts);
        }
        return json.build();
    }

    private static JsonObjectBuilder header(Deck deck) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", deck.id().value())
                .add("title", deck.title());
        if (deck.description() != null) {
            json.add("description", deck.description());
        }
        json.add("estimatedMinutes", deck.estimatedMinutes()).add("language", deck.language());
        if (deck.textFormat() != TextFormat.PLAIN) {
            json.add("textFormat", deck.textFormat().jsonName());
        }
        return json;
    }
}
