package org.recall.lti.claims;

import java.util.Arrays;
import java.util.Optional;

/** The LTI message types Recall accepts at launch (LTI 1.3 Core §5.3.1; Deep Linking 2.0 §4.4). */
public enum MessageType {
    /** LTI 1.3 Core §5.3: a student or instructor opens an activity. */
    RESOURCE_LINK("LtiResourceLinkRequest"),
    /** Deep Linking 2.0 §4.4: an instructor picks content to place in the course. */
    DEEP_LINKING("LtiDeepLinkingRequest");

    private final String claimValue;

    MessageType(String claimValue) {
        this.claimValue = claimValue;
    }

    /** The value of the {@link LtiClaims#MESSAGE_TYPE} claim. */
    public String claimValue() {
        return claimValue;
    }

    public static Optional<MessageType> fromClaim(String value) {
        return Arrays.stream(values()).filter(type -> type.claimValue.equals(value)).findFirst();
    }
}
