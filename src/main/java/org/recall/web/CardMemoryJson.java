package org.recall.web;

import jakarta.json.JsonObjectBuilder;
import org.recall.json.Json;
import org.recall.study.SpacedState;
import org.recall.study.fsrs.MemoryState;

/**
 * One card of a student's FSRS memory in JSON, for the student's spaced review and the teacher's view of
 * a student: {@code {mastery, phase, retrievability (0..1), due, reviews, lapses, stability?, difficulty?,
 * lastReview?}} (the last three once the card was reviewed).
 */
public final class CardMemoryJson {

    private CardMemoryJson() {
    }

    public static JsonObjectBuilder of(SpacedState.Card card) {
        MemoryState s = card.memory().state();
        var json = Json.createObjectBuilder()
                .add("mastery", card.mastery().code())
                .add("phase", s.phase().name().toLowerCase(java.util.Locale.ROOT))
                .add("retrievability", Math.round(card.retrievability() * 1000) / 1000.0)
                .add("due", s.due().toString())
                .add("reviews", card.memory().reviews())
                .add("lapses", card.memory().lapses());
        if (s.reviewed()) {
            json.add("stability", Math.round(s.stability() * 100) / 100.0)
                    .add("difficulty", Math.round(s.difficulty() * 100) / 100.0)
                    .add("lastReview", s.lastReview().toString());
        }
        return json;
    }
}
