package org.recall.activity;

import jakarta.json.JsonObject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.recall.deck.Decks;
import org.recall.session.LaunchRecord;
import org.recall.session.StudySession;

/**
 * The settings of an activity at its first launch. A Deep Linking choice travels in the custom
 * parameters ({@code deck}, {@code modes}, {@code points}, {@code attempts}); an activity added by hand
 * has none and gets the defaults: the default deck, review and quiz, ungraded unless the launch carries
 * a line item (then graded out of 100).
 */
final class FirstLaunchSettings {

    static final String DECK = "deck";
    static final String MODES = "modes";
    static final String POINTS = "points";
    static final String ATTEMPTS = "attempts";

    private FirstLaunchSettings() {
    }

    /** Custom parameter values for "ungraded" and "no attempt limit" (what the Deep Linking picker sends). */
    static final String UNGRADED = "none";
    static final String UNLIMITED = "unlimited";

    /**
     * The settings at first launch. A Deep Linking choice (a {@code deck} naming a deck that exists) is
     * taken as it is; without one, the defaults apply. Points: the {@code points} parameter ("none":
     * ungraded); absent, the activity is graded out of 100 when the launch names its own gradebook column
     * (an AGS {@code lineitem}), ungraded otherwise: a line item container alone ({@code lineitems},
     * which Moodle sends for every link) says nothing about this link being graded.
     */
    static ActivitySettings of(StudySession session, Predicate<String> deckExists) {
        JsonObject custom = custom(session);
        boolean chosen = cameFromDeepLinking(session, deckExists);
        String deck = chosen ? text(custom, DECK).orElseThrow() : Decks.DEFAULT.value();
        Set<StudyMode> modes = text(custom, MODES).flatMap(StudyMode::parseList)
                .orElse(EnumSet.of(StudyMode.REVIEW, StudyMode.QUIZ));
        Optional<String> pointsText = text(custom, POINTS);
        Integer points;
        if (pointsText.isPresent()) {
            points = UNGRADED.equals(pointsText.get()) ? null : number(pointsText.get()).orElse(null);
        } else {
            points = hasLineItem(session) ? ActivitySettings.DEFAULT_POINTS : null;
        }
        Integer attempts = text(custom, ATTEMPTS).filter(a -> !UNLIMITED.equals(a))
                .flatMap(FirstLaunchSettings::number).filter(a -> a > 0).orElse(null);
        String title = session.text(LaunchRecord.RESOURCE_LINK_TITLE).orElse(null);
        return new ActivitySettings(title, deck, modes, points == null || points == 0 ? null : points, attempts,
                AttemptPolicy.HIGHEST, ActivitySettings.DEFAULT_PASS_PERCENT, false, ShowAnswers.AFTER_EACH_ATTEMPT,
                false, gradedMode(modes));
    }

    /** Practice test is the graded mode of an activity offering it without the quiz; else the quiz. */
    private static ModeSettings gradedMode(Set<StudyMode> modes) {
        return modes.contains(StudyMode.TEST) && !modes.contains(StudyMode.QUIZ)
                ? new ModeSettings(ModeSettings.DEFAULT.desiredRetention(), StudyMode.TEST) : ModeSettings.DEFAULT;
    }

    /** True when the launch names a deck that exists: the link was made by Deep Linking (or by hand, on purpose). */
    static boolean cameFromDeepLinking(StudySession session, Predicate<String> deckExists) {
        return text(custom(session), DECK).filter(deckExists).isPresent();
    }

    private static boolean hasLineItem(StudySession session) {
        JsonObject ags = session.launch().getJsonObject(LaunchRecord.AGS);
        return ags != null && ags.containsKey("lineitem");
    }

    private static JsonObject custom(StudySession session) {
        JsonObject custom = session.launch().getJsonObject(LaunchRecord.CUSTOM);
        return custom == null ? JsonObject.EMPTY_JSON_OBJECT : custom;
    }

    private static Optional<String> text(JsonObject json, String name) {
        return json.containsKey(name) && json.get(name) instanceof jakarta.json.JsonString s && !s.getString().isBlank()
                ? Optional.of(s.getString().trim()) : Optional.empty();
    }

    private static Optional<Integer> number(String text) {
        try {
            int value = Integer.parseInt(text);
            return value >= 0 && value <= 100_000 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
