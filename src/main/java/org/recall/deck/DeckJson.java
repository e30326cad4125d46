package org.recall.deck;

import org.recall.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * A deck as JSON, in the field names of the deck format (docs/deck-format.md). What the browser of an
 * LTI launch gets is written from {@link PublicDeck}: no correct option and no explanation can be in it.
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
        deck.questions().forEach(question -> questions.add(question(question.id(), question.prompt(), question.options())));
        return deck(deck.id(), deck.title(), deck.description(), deck.estimatedMinutes(), deck.language(),
                deck.cards(), questions, deck.explainPrompts());
    }

    /** The whole deck, answer key included: for SCORM packages only, never for an LTI study page. */
    public static JsonObjectBuilder withAnswerKey(Deck deck) {
        JsonArrayBuilder questions = Json.createArrayBuilder();
        deck.questions().forEach(q -> questions.add(question(q.id(), q.prompt(), q.options())
                .add("correctOptionId", q.correctOptionId()).add("explanation", q.explanation())));
        return deck(deck.id(), deck.title(), deck.description(), deck.estimatedMinutes(), deck.language(),
                deck.cards(), questions, deck.explainPrompts());
    }

    private static JsonObjectBuilder deck(DeckId id, String title, String description, int estimatedMinutes,
            String language, List<Card> cards, JsonArrayBuilder questions, List<ExplainPrompt> explainPrompts) {
        var json = Json.createObjectBuilder()
                .add("id", id.value())
                .add("title", title)
                .add("estimatedMinutes", estimatedMinutes)
                .add("language", language);
        if (description != null) {
            json.add("description", description);
        }
        JsonArrayBuilder cardList = Json.createArrayBuilder();
        cards.forEach(card -> cardList.add(card(card)));
        JsonArrayBuilder prompts = Json.createArrayBuilder();
        explainPrompts.forEach(prompt -> prompts.add(explain(prompt)));
        return json.add("cards", cardList).add("questions", questions).add("explainPrompts", prompts);
    }

    private static JsonObjectBuilder card(Card card) {
        return Json.createObjectBuilder().add("id", card.id()).add("prompt", card.prompt())
                .add("answer", card.answer()).add("level", card.level().jsonName());
    }

    private static JsonObjectBuilder question(String id, String prompt, List<Option> options) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        options.forEach(o -> list.add(Json.createObjectBuilder().add("id", o.id()).add("text", o.text())));
        return Json.createObjectBuilder().add("id", id).add("prompt", prompt).add("options", list);
    }

    private static JsonObjectBuilder explain(ExplainPrompt prompt) {
        JsonArrayBuilder concepts = Json.createArrayBuilder();
        prompt.keyConcepts().forEach(concepts::add);
        return Json.createObjectBuilder().add("id", prompt.id()).add("prompt", prompt.prompt())
                .add("hint", prompt.hint()).add("keyConcepts", concepts);
    }
}
