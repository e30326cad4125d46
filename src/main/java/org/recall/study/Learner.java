package org.recall.study;

import java.util.Objects;

/**
 * One student of one activity: the key of everything Recall keeps about a student's study.
 *
 * @param userSub the LTI {@code sub} claim, stable per user and platform (LTI 1.3 Core §5.3.6)
 */
public record Learner(long activityId, String userSub) {

    public Learner {
        Objects.requireNonNull(userSub, "userSub");
    }
}
