package org.recall.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.recall.deck.Card;
import org.recall.deck.Deck;
import org.recall.deck.ExplainPrompt;
import org.recall.deck.PublicDeck;
import org.recall.deck.PublicQuestion;

/**
 * The JSON the browser gets for a deck, in the field names of the deck format (docs/deck-format.md),
 * written from {@link PublicDeck}: no correct option and no explanation can be in it.
 */
public final class DeckJson {

    private DeckJson() {
    }

    public static JsonObjectBuilder summary(Deck deck) {
        return Json.createObjectBuilder()
                .add("id", deck.id().value())
                .add("title", deck.title())
                .add("estimatedMinutes", deck.estimatedMinutes())
                .add("language", deck.language())
                .add("cards", deck.cards().size())
                .add("questions", deck.questions().size())
                .add("explainPrompts", deck.explainPrompts().size());
    }

    public static JsonObjectBuilder of(PublicDeck deck) {
        var json = Json.createObjectBuilder()
                .add("id", deck.id().value())
                .add("title", deck.title())
                .add("estimatedMinutes", deck.estimatedMinutes())
                .add("language", deck.language());
        if (deck.description() != null) {
            json.add("description", deck.description());
        }
        JsonArrayBuilder cards = Json.createArrayBuilder();
        deck.cards().forEach(card -> cards.add(card(card)));
        JsonArrayBuilder questions = Json.createArrayBuilder();
        deck.questions().forEach(question -> questions.add(question(question)));
        JsonArrayBuilder prompts = Json.createArrayBuilder();
        deck.explainPrompts().forEach(prompt -> prompts.add(explain(prompt)));
        return json.add("cards", cards).add("questions", questions).add("explainPrompts", prompts);
    }

    private static JsonObjectBuilder card(Card card) {
        return Json.createObjectBuilder().add("id", card.id()).add("prompt", card.prompt())
                .add("answer", card.answer()).add("level", card.level().jsonName());
    }

    private static JsonObjectBuilder question(PublicQuestion question) {
        JsonArrayBuilder options = Json.createArrayBuilder();
        question.options().forEach(o -> options.add(Json.createObjectBuilder().add("id", o.id()).add("text", o.text())));
        return Json.createObjectBuilder().add("id", question.id()).add("prompt", question.prompt()).add("options", options);
    }

    private static JsonObjectBuilder explain(ExplainPrompt prompt) {
        JsonArrayBuilder concepts = Json.createArrayBuilder();
        prompt.keyConcepts().forEach(concepts::add);
        return Json.createObjectBuilder().add("id", prompt.id()).add("prompt", prompt.prompt())
                .add("hint", prompt.hint()).add("keyConcepts", concepts);
    }
}
