package org.recall.activity;

import org.recall.study.fsrs.Scheduler;

/**
 * Settings of the study modes beyond the quiz's (issue 15).
 *
 * @param desiredRetention spaced review's target chance of recall, 0.70..0.97 (FSRS default 0.9): higher
 *                         means shorter intervals and more reviews
 * @param gradedMode       the mode whose score goes to the gradebook of a graded activity: {@link StudyMode#QUIZ}
 *                         or {@link StudyMode#TEST} (Practice test)
 */
public record ModeSettings(double desiredRetention, StudyMode gradedMode) {

    public static final ModeSettings DEFAULT = new ModeSettings(Scheduler.DEFAULT_RETENTION, StudyMode.QUIZ);

    public ModeSettings {
        if (!(desiredRetention >= Scheduler.MIN_RETENTION && desiredRetention <= Scheduler.MAX_RETENTION)) {
            throw new IllegalArgumentException("desired retention out of 0.70..0.97: " + desiredRetention);
        }
        if (gradedMode != StudyMode.QUIZ && gradedMode != StudyMode.TEST) {
            throw new IllegalArgumentException("graded mode must be quiz or test: " + gradedMode);
        }
    }
}
