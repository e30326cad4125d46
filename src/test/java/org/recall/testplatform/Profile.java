package org.recall.testplatform;

import java.util.List;
import java.util.Map;

/**
 * How a real platform behaves, as named sets of facts taken from the products (lti-config/platforms.md lists
 * each fact and where it comes from). A {@link TestPlatform} plays one profile; its token endpoint, gradebook
 * ({@link AgsEndpoints}), roster ({@link NrpsEndpoints}), claims ({@link ProfileClaims}), login initiation
 * ({@link #loginParameters}) and dynamic registration ({@link RegistrationEndpoints}) follow it.
 */
public enum Profile {

    /**
     * Moodle 4.x ({@code mod/lti}): the token answer's JSON comes as {@code text/html} (token.php sets no
     * Content-Type), login initiation by POST, deployment id "1" (the tool type's id), no platform storage, a
     * {@code lineitems} container on every link and a {@code lineitem} only for graded links, scores compared by
     * timestamp at one-second resolution (409 for one not later) and a score not {@code FullyGraded} clearing the
     * grade, full role URIs in the launch and short role names in the roster.
     */
    MOODLE,

    /**
     * Canvas (Instructure-hosted): issuer {@code https://canvas.instructure.com} whatever the school's host, one
     * client id (the developer key's id) with several deployments, login with
     * {@code lti_storage_target=post_message_forwarding}, {@code canvas_region}, {@code canvas_environment} and
     * {@code deployment_id}; AGS and NRPS on the school's own host, not on the issuer's or the token endpoint's;
     * {@code scoreMaximum} required (422), 400 for a timestamp older than the last result, 422 for a user who is
     * not a student, the {@code https://canvas.instructure.com/lti/submission} extension accepted; privacy level
     * anonymous: no name or email claims, none in the roster either.
     */
    CANVAS,

    /**
     * Everything exactly as the specifications say and nothing more: JSON media types everywhere (token answers
     * {@code application/json} with {@code Cache-Control: no-store}, RFC 6749 §5.1), requests refused when their
     * media type is not the one AGS 2.0 names (415, 406), login initiation by GET, only the {@code lineitems}
     * container in the launch (AGS 2.0 §3.1: {@code lineitem} is optional), an older score ignored (§3.4.7), a
     * score post answered 204.
     */
    STRICT;

    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    /** The Content-Type of the token endpoint's answers. */
    String tokenContentType() {
        return switch (this) {
            case MOODLE -> "text/html; charset=UTF-8";
            case CANVAS -> "application/json; charset=utf-8";
            case STRICT -> "application/json";
        };
    }

    /** Whether AGS and NRPS live on a host of their own (Canvas: the school's), apart from the issuer's. */
    boolean hasSchoolHost() {
        return this == CANVAS;
    }

    /** A role as the platform's roster (NRPS) writes it: Moodle short names, the others full URIs. */
    String rosterRole(String shortName) {
        return this == MOODLE ? shortName : "http://purl.imsglobal.org/vocab/lis/v2/membership#" + shortName;
    }

    /** Whether names and emails are shared (Canvas here plays a developer key with privacy level anonymous). */
    boolean sharesNames() {
        return this != CANVAS;
    }

    /** Whether login initiation is a GET (the specification allows both; Moodle and Canvas POST). */
    public boolean logsInByGet() {
        return this == STRICT;
    }

    /** The login initiation parameters the platform sends (LTI 1.3 Core §4.1 and the product's own). */
    public Map<String, String> loginParameters(TestPlatform platform, String targetLinkUri, String deploymentId) {
        var parameters = new java.util.LinkedHashMap<String, String>();
        parameters.put("iss", platform.issuer());
        parameters.put("login_hint", "2");
        parameters.put("target_link_uri", targetLinkUri);
        parameters.put("client_id", platform.clientId());
        switch (this) {
            case MOODLE -> {
                parameters.put("lti_message_hint", "{\"cmid\":7,\"launchid\":\"ltilaunch1\"}");
                parameters.put("lti_deployment_id", deploymentId);
            }
            case CANVAS -> {
                parameters.put("lti_message_hint", "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJ2ZXJpZmllciI6IjEifQ.c2ln");
                parameters.put("deployment_id", deploymentId);
                parameters.put("lti_storage_target", "post_message_forwarding");
                parameters.put("canvas_region", "us-east-1");
                parameters.put("canvas_environment", "prod");
            }
            case STRICT -> {
                parameters.put("lti_message_hint", "hint-1");
                parameters.put("lti_deployment_id", deploymentId);
            }
        }
        return parameters;
    }

    /** The deployment ids of a registration: Moodle's tool type id, Canvas's account and course installs. */
    public List<String> deploymentIds() {
        return switch (this) {
            case MOODLE -> List.of("1");
            case CANVAS -> List.of("7:8865aa05b4b79b64a91a86042e43af5ea8ae79eb", "13:c71d2e7a4c0e1e0d6e3f3b2a1f0e9d8c7b6a5f4e");
            case STRICT -> List.of("deployment-1");
        };
    }
}
