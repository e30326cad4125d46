package org.recall.lti.claims;

/**
 * Claim names of LTI 1.3 Core §5.3 that carry a plain value; claims with a structure have a type of
 * their own holding its name ({@link ContextClaim#CLAIM}, ...). No claim URI is written twice.
 */
public final class LtiClaims {

    /** Prefix of the LTI 1.3 Core claims. */
    public static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    /** Prefix of the LTI Deep Linking 2.0 claims. */
    public static final String DEEP_LINKING = "https://purl.imsglobal.org/spec/lti-dl/claim/";

    /** LTI 1.3 Core §5.3.1: {@code "LtiResourceLinkRequest"}. */
    public static final String MESSAGE_TYPE = LTI + "message_type";
    /** LTI 1.3 Core §5.3.2: {@code "1.3.0"}. */
    public static final String VERSION = LTI + "version";
    /** LTI 1.3 Core §5.3.3: {@code "1"} (Moodle: the tool type id). */
    public static final String DEPLOYMENT_ID = LTI + "deployment_id";
    /** LTI 1.3 Core §5.3.4: {@code "https://recall.example/lti/launch"}. */
    public static final String TARGET_LINK_URI = LTI + "target_link_uri";
    /** LTI 1.3 Core §5.3.7: {@code ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"]}. */
    public static final String ROLES = LTI + "roles";
    /** LTI 1.3 Core §5.4.6: {@code {"deck": "french-verbs"}}. */
    public static final String CUSTOM = LTI + "custom";

    /** The LTI Core version this library speaks (LTI 1.3 Core §5.3.2). */
    public static final String LTI_VERSION = "1.3.0";

    private LtiClaims() {
    }
}
