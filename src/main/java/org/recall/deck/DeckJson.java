package org.recall.deck;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.recall.json.Json;

/**
 * A deck as JSON, in the field names of the deck format (docs/deck-format.md). What the browser of an
 * LTI launch gets is written from {@link PublicDeck}: no answer key and no explanation can be in it.
 * Only a SCORM package, which scores its quiz in the browser, carries {@link #withAnswerKey(Deck)}.
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
        JsonArrayBuilder questions = Json.createArrayBuilder();
        deck.questions().forEach(question -> questions.add(ItemJson.publicQuestion(question)));
        return deck(deck.id(), deck.title(), deck.description(), deck.estimatedMinutes(), deck.language(),
                deck.textFormat(), deck.cards(), questions, deck.explainPrompts());
    }

    /** One question as a study page gets it: {@code id, type, prompt} and its options, prompts or choices; no key. */
    public static JsonObjectBuilder publicQuestion(PublicQuestion question) {
        return ItemJson.publicQuestion(question);
    }

    /** The whole deck, answer key included: for SCORM packages only, never for an LTI study page. */
    public static JsonObjectBuilder withAnswerKey(Deck deck) {
        JsonArrayBuilder questions = Json.createArrayBuilder();
        deck.questions().forEach(question -> questions.add(ItemJson.question(question)
                .add("type", question.type().jsonName())));
        return deck(deck.id(), deck.title(), deck.description(), deck.estimatedMinutes(), deck.language(),
                deck.textFormat(), deck.cards(), questions, deck.explainPrompts());
    }

    private static JsonObjectBuilder deck(DeckId id, String title, String description, int estimatedMinutes,
            String language, TextFormat textFormat, List<Card> cards, JsonArrayBuilder questions,
            List<ExplainPrompt> explainPrompts) {
        var json = Json.createObjectBuilder()
                .add("id", id.value())
                .add("title", title)
                .add("estimatedMinutes", estimatedMinutes)
                .add("language", language)
                .add("textFormat", textFormat.jsonName());
        if (description != null) {
            json.add("description", description);
        }
        JsonArrayBuilder cardList = Json.createArrayBuilder();
        cards.forEach(card -> cardList.add(ItemJson.card(card)));
        JsonArrayBuilder prompts = Json.createArrayBuilder();
        explainPrompts.forEach(prompt -> prompts.add(ItemJson.explain(prompt)));
        return json.add("cards", cardList).add("questions", questions).add("explainPrompts", prompts);
    }
}
