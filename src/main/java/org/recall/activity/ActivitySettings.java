package org.recall.activity;

import java.util.Set;

/** What an instructor (or a Deep Linking choice) sets on an activity. */
public record ActivitySettings(
        String title,
        String deckId,
        Set<StudyMode> modes,
        Integer points,
        Integer attemptsAllowed,
        AttemptPolicy attemptPolicy,
        int passPercent,
        boolean shuffleQuestions,
        ShowAnswers showAnswers,
        boolean sendProgress,
        ModeSettings modeSettings) {

    public static final int DEFAULT_POINTS = 100;
    public static final int DEFAULT_PASS_PERCENT = 60;

    public ActivitySettings {
        modes = Set.copyOf(modes);
        modeSettings = modeSettings == null ? ModeSettings.DEFAULT : modeSettings;
    }
}
