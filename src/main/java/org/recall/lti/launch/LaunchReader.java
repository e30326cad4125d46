package org.recall.lti.launch;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recall.lti.Platform;
import org.recall.lti.claims.AgsEndpointClaim;
import org.recall.lti.claims.ContextClaim;
import org.recall.lti.claims.DeepLinkingSettingsClaim;
import org.recall.lti.claims.LaunchPresentationClaim;
import org.recall.lti.claims.LtiClaims;
import org.recall.lti.claims.MessageType;
import org.recall.lti.claims.NrpsClaim;
import org.recall.lti.claims.ResourceLinkClaim;
import org.recall.lti.claims.Roles;

/** Last step: turns verified claims into a {@link Launch} (LTI 1.3 Core §5.3 and §5.4; OIDC Core §5.1). */
final class LaunchReader {

    private LaunchReader() {
    }

    static Launch read(ClaimReader claims, Platform platform, MessageType type) throws LaunchException {
        Optional<LaunchPresentationClaim> presentation =
                claims.object(LaunchPresentationClaim.CLAIM, LaunchPresentationClaim::from);
        return new Launch(
                platform,
                claims.string(LtiClaims.DEPLOYMENT_ID).orElseThrow(),
                type,
                claims.string("sub").orElseThrow(),
                claims.string("name"),
                claims.string("given_name"),
                claims.string("family_name"),
                claims.string("email"),
                Roles.of(claims.strings(LtiClaims.ROLES).orElse(List.of())),
                claims.object(ContextClaim.CLAIM, ContextClaim::from),
                claims.object(ResourceLinkClaim.CLAIM, ResourceLinkClaim::from),
                uri(claims, LtiClaims.TARGET_LINK_URI),
                presentation.flatMap(LaunchPresentationClaim::locale),
                presentation.flatMap(LaunchPresentationClaim::returnUrl),
                custom(claims),
                claims.object(AgsEndpointClaim.CLAIM, AgsEndpointClaim::from),
                claims.object(NrpsClaim.CLAIM, NrpsClaim::from),
                claims.object(DeepLinkingSettingsClaim.CLAIM, DeepLinkingSettingsClaim::from).flatMap(s -> s));
    }

    private static Optional<URI> uri(ClaimReader claims, String name) throws LaunchException {
        try {
            return claims.string(name).map(URI::create);
        } catch (IllegalArgumentException e) {
            throw Refusal.of(LaunchError.CLAIM_MALFORMED, name, e);
        }
    }

    /** LTI 1.3 Core §5.4.6: custom values are strings; other JSON values are kept as their text. */
    private static Map<String, String> custom(ClaimReader claims) throws LaunchException {
        Map<String, String> custom = new LinkedHashMap<>();
        claims.object(LtiClaims.CUSTOM).orElse(Map.of())
                .forEach((key, value) -> custom.put(key, String.valueOf(value)));
        return custom;
    }
}
