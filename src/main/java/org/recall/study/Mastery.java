package org.recall.study;

/**
 * How well a student knows a card, in words a student and a teacher share, from its FSRS state:
 * <ul>
 * <li>{@code NEW}: never reviewed;</li>
 * <li>{@code NOT_YET}: missed at the latest review (rated Again);</li>
 * <li>{@code FADING}: recalled last time, but the chance of recalling it now (retrievability) has fallen
 * below the activity's desired retention: it is due;</li>
 * <li>{@code KNOWN}: recalled last time and still above the desired retention;</li>
 * <li>{@code MASTERED}: known with a stability of 21 days or more (Anki's "mature").</li>
 * </ul>
 */
public enum Mastery {
    NEW, NOT_YET, FADING, KNOWN, MASTERED;

    static final double MATURE_STABILITY_DAYS = 21;

    static Mastery of(CardMemory card, double retrievability, double desiredRetention) {
        if (card.lastRating() == null) {
            return NEW;
        }
        if (!card.lastRating().recalled()) {
            return NOT_YET;
        }
        if (retrievability < desiredRetention) {
            return FADING;
        }
        return card.state().stability() >= MATURE_STABILITY_DAYS ? MASTERED : KNOWN;
    }

    public boolean known() {
        return this == KNOWN || this == MASTERED;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
