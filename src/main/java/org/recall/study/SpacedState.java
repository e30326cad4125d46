package org.recall.study;

import java.time.Instant;
import java.util.List;

/**
 * A student's spaced review of a deck at {@code now}: every card of the deck (deck order) with its memory,
 * retrievability and mastery, and the cards to review now, soonest due first. When nothing is due, cards
 * in their learning steps due within {@link SpacedReview#LEARN_AHEAD} are reviewed ahead (as Anki does),
 * so a session ends without waiting for a 10-minute step.
 */
public record SpacedState(Instant now, double desiredRetention, List<Card> cards, List<String> due) {

    /** One card of the deck as the student's memory holds it now. */
    public record Card(CardMemory memory, double retrievability, Mastery mastery) {

        public String id() {
            return memory.cardId();
        }
    }

    public SpacedState {
        cards = List.copyOf(cards);
        due = List.copyOf(due);
    }

    /** Cards due now (learning cards reviewed ahead not counted). */
    public long dueNow() {
        return cards.stream().filter(c -> c.memory().state().isDueAt(now)).count();
    }

    /** Cards due before {@code end} (e.g. the end of the student's day). */
    public long dueBefore(Instant end) {
        return cards.stream().filter(c -> !c.memory().state().due().isAfter(end)).count();
    }

    public long known() {
        return cards.stream().filter(c -> c.mastery().known()).count();
    }

    public long count(Mastery mastery) {
        return cards.stream().filter(c -> c.mastery() == mastery).count();
    }
}
