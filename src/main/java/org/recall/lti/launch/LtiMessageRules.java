package org.recall.lti.launch;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.recall.lti.Platform;
import org.recall.lti.http.AllowedOrigins;
import org.recall.lti.claims.DeepLinkingSettingsClaim;
import org.recall.lti.claims.LtiClaims;
import org.recall.lti.claims.MessageType;
import org.recall.lti.claims.ResourceLinkClaim;

/**
 * Step 7: the LTI message (LTI 1.3 Core §5.3 required message claims; Deep Linking 2.0 §4.4):
 * a registered deployment, version 1.3.0, a supported message type, the claims that type requires, and a
 * {@code target_link_uri} on Recall's own origin.
 */
final class LtiMessageRules {

    private LtiMessageRules() {
    }

    /**
     * @param toolTarget the {@code target_link_uri} of the login that started this launch, checked then to be on
     *                   Recall's origin ({@code RECALL_BASE_URL}); the launch's own must be on the same origin
     */
    static MessageType check(ClaimReader claims, Platform platform, URI toolTarget) throws LaunchException {
        deployment(claims, platform);
        String version = claims.string(LtiClaims.VERSION).orElse(null);
        if (!LtiClaims.LTI_VERSION.equals(version)) {
            throw Refusal.of(LaunchError.WRONG_VERSION, "version " + version);
        }
        MessageType type = messageType(claims);
        if (type == MessageType.RESOURCE_LINK) {
            resourceLinkRequest(claims);
        } else {
            deepLinkingRequest(claims);
        }
        targetOnToolOrigin(claims, toolTarget);
        return type;
    }

    /** LTI 1.3 Core §5.3.3. */
    private static void deployment(ClaimReader claims, Platform platform) throws LaunchException {
        String deploymentId = claims.string(LtiClaims.DEPLOYMENT_ID)
                .orElseThrow(() -> Refusal.of(LaunchError.DEPLOYMENT_MISSING, "no deployment_id"));
        if (!platform.hasDeployment(deploymentId)) {
            throw Refusal.of(LaunchError.UNKNOWN_DEPLOYMENT, "deployment_id " + deploymentId);
        }
    }

    /** LTI 1.3 Core §5.3.1. */
    private static MessageType messageType(ClaimReader claims) throws LaunchException {
        String value = claims.string(LtiClaims.MESSAGE_TYPE)
                .orElseThrow(() -> Refusal.of(LaunchError.MESSAGE_TYPE_MISSING, "no message_type"));
        return MessageType.fromClaim(value)
                .orElseThrow(() -> Refusal.of(LaunchError.UNSUPPORTED_MESSAGE_TYPE, "message_type " + value));
    }

    /** LTI 1.3 Core §5.3: resource_link.id, roles (may be empty) and target_link_uri are required. */
    private static void resourceLinkRequest(ClaimReader claims) throws LaunchException {
        boolean hasId = claims.object(ResourceLinkClaim.CLAIM, ResourceLinkClaim::from)
                .filter(link -> !link.id().isBlank()).isPresent();
        if (!hasId) {
            throw Refusal.of(LaunchError.RESOURCE_LINK_ID_MISSING, "no resource_link.id");
        }
        roles(claims);
        targetLinkUri(claims);
    }

    /**
     * Deep Linking 2.0 §4.4: roles and the deep_linking_settings claim with its return URL, an http(s) URL: the
     * picker form-posts the response there, and a {@code javascript:} URL would run in Recall's origin.
     */
    private static void deepLinkingRequest(ClaimReader claims) throws LaunchException {
        roles(claims);
        var settings = claims.object(DeepLinkingSettingsClaim.CLAIM, DeepLinkingSettingsClaim::from)
                .flatMap(s -> s)
                .orElseThrow(() -> Refusal.of(LaunchError.DEEP_LINKING_SETTINGS_MISSING, "no deep_link_return_url"));
        var url = settings.deepLinkReturnUrl();
        if (url.getScheme() == null || !List.of("https", "http").contains(url.getScheme().toLowerCase(Locale.ROOT))
                || url.getHost() == null) {
            throw Refusal.of(LaunchError.DEEP_LINK_RETURN_URL_NOT_WEB, "deep_link_return_url scheme " + url.getScheme());
        }
    }

    private static void roles(ClaimReader claims) throws LaunchException {
        if (claims.strings(LtiClaims.ROLES).isEmpty()) {
            throw Refusal.of(LaunchError.ROLES_MISSING, "no roles claim");
        }
    }

    /**
     * LTI 1.3 Core §5.3.4: the tool must check that {@code target_link_uri} is one of its own URLs, as at login
     * (Security Framework §5.1.1.1); a signed launch pointing elsewhere would send the user off Recall.
     */
    private static void targetOnToolOrigin(ClaimReader claims, URI toolTarget) throws LaunchException {
        Optional<String> target = claims.string(LtiClaims.TARGET_LINK_URI).filter(uri -> !uri.isBlank());
        if (target.isEmpty()) {
            return;
        }
        Optional<String> origin = AllowedOrigins.parse(target.get()).flatMap(AllowedOrigins::origin);
        Optional<String> tool = Optional.ofNullable(toolTarget).flatMap(AllowedOrigins::origin);
        if (origin.isEmpty() || !origin.equals(tool)) {
            throw Refusal.of(LaunchError.TARGET_LINK_URI_FOREIGN, "target_link_uri " + target.get());
        }
    }

    private static void targetLinkUri(ClaimReader claims) throws LaunchException {
        if (claims.string(LtiClaims.TARGET_LINK_URI).filter(uri -> !uri.isBlank()).isEmpty()) {
            throw Refusal.of(LaunchError.TARGET_LINK_URI_MISSING, "no target_link_uri");
        }
    }
}
