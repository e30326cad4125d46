package org.recall.deck.formats;

import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import org.recall.deck.TextFormat;

/**
 * An imported question's explanation: its general feedback, then each answer's own feedback after the
 * answer's text ("Lyon: it is the third city."), one paragraph each, as the student reads them after
 * submitting. Recall shows one explanation per question, whatever the student answered.
 */
final class Explanation {

    private final DeckDraft draft;
    private final List<String> paragraphs = new ArrayList<>();

    Explanation(DeckDraft draft, String where) {
        this.draft = draft;
    }

    /** @param text already in the deck's format */
    void general(String text) {
        if (text != null && !text.isBlank()) {
            paragraphs.add(text.strip());
        }
    }

    /** @param answer plain text; {@code feedback} already in the deck's format */
    void forAnswer(String answer, String feedback) {
        if (feedback != null && !feedback.isBlank()) {
            String label = ImportText.fromPlain(answer, draft);
            paragraphs.add(label + ": " + feedback.strip());
        }
    }

    void addTo(JsonObjectBuilder question) {
        if (paragraphs.isEmpty()) {
            return;
        }
        boolean html = draft.textFormat() == TextFormat.HTML;
        question.add("explanation", paragraphs.size() == 1 ? paragraphs.get(0)
                : html ? "<div>" + String.join("</div><div>", paragraphs) + "</div>" : String.join("\n", paragraphs));
    }
}
