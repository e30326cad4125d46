package org.recall.activity;

import java.util.Set;

/**
 * One activity's settings.
 *
 * @param deckVersion     the version of an uploaded deck the activity serves, fixed when the activity was
 *                        created or its deck changed; null for a built-in deck
 * @param points          the quiz's maximum score in the gradebook; null for ungraded practice
 * @param attemptsAllowed null for unlimited attempts
 * @param passPercent     the score, in percent of {@code points}, from which an attempt passes
 * @param configured      false while an instructor has not chosen the settings (defaults in use)
 * @param modeSettings    spaced review's retention and the graded mode (issue 15)
 */
public record Activity(
        long id,
        long platformId,
        String resourceLinkId,
        String title,
        String deckId,
        Integer deckVersion,
        Set<StudyMode> modes,
        Integer points,
        Integer attemptsAllowed,
        AttemptPolicy attemptPolicy,
        int passPercent,
        boolean shuffleQuestions,
        ShowAnswers showAnswers,
        boolean sendProgress,
        boolean configured,
        ModeSettings modeSettings) {

    public Activity {
        modes = Set.copyOf(modes);
        modeSettings = modeSettings == null ? ModeSettings.DEFAULT : modeSettings;
    }

    /** An activity with the default mode settings (retention 0.9, the quiz graded). */
    public Activity(long id, long platformId, String resourceLinkId, String title, String deckId, Integer deckVersion,
            Set<StudyMode> modes, Integer points, Integer attemptsAllowed, AttemptPolicy attemptPolicy, int passPercent,
            boolean shuffleQuestions, ShowAnswers showAnswers, boolean sendProgress, boolean configured) {
        this(id, platformId, resourceLinkId, title, deckId, deckVersion, modes, points, attemptsAllowed, attemptPolicy,
                passPercent, shuffleQuestions, showAnswers, sendProgress, configured, ModeSettings.DEFAULT);
    }

    /** Whether {@code mode}'s scores go to the gradebook: a graded activity's graded mode (quiz unless changed). */
    public boolean grades(StudyMode mode) {
        return isGraded() && modeSettings.gradedMode() == mode;
    }

    /**
     * The activity as {@code mode} sees it. The quiz and the Practice test that is not the graded mode are
     * practice: ungraded, unlimited attempts, answers shown after each attempt, no progress sent; every
     * other mode sees the activity as it is.
     */
    public Activity forMode(StudyMode mode) {
        if ((mode != StudyMode.QUIZ && mode != StudyMode.TEST) || mode == modeSettings.gradedMode()) {
            return this;
        }
        return new Activity(id, platformId, resourceLinkId, title, deckId, deckVersion, modes, null, null, attemptPolicy,
                passPercent, shuffleQuestions, ShowAnswers.AFTER_EACH_ATTEMPT, false, configured, modeSettings);
    }

    public boolean isGraded() {
        return points != null && points > 0;
    }

    public boolean offers(StudyMode mode) {
        return modes.contains(mode);
    }

    /** Whether a student who has made {@code attemptsMade} attempts may start another. */
    public boolean allowsAttempt(int attemptsMade) {
        return attemptsAllowed == null || attemptsMade < attemptsAllowed;
    }

    /** The activity with new settings; {@code deckVersion} is the version of the deck they name. */
    public Activity withSettings(ActivitySettings s, Integer deckVersion) {
        return new Activity(id, platformId, resourceLinkId, s.title(), s.deckId(), deckVersion, s.modes(), s.points(),
                s.attemptsAllowed(), s.attemptPolicy(), s.passPercent(), s.shuffleQuestions(), s.showAnswers(),
                s.sendProgress(), true, s.modeSettings());
    }
}
