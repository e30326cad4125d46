package org.recall.lti.claims;

/** What Recall lets a launching user do, mapped from LTI roles by {@link Roles}. */
public enum Role {
    LEARNER,
    /** Also teaching assistants and content developers. */
    INSTRUCTOR,
    ADMINISTRATOR
}
