package org.recall.lti.launch;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recall.lti.Platform;
import org.recall.lti.claims.AgsEndpointClaim;
import org.recall.lti.claims.ContextClaim;
import org.recall.lti.claims.DeepLinkingSettingsClaim;
import org.recall.lti.claims.MessageType;
import org.recall.lti.claims.NrpsClaim;
import org.recall.lti.claims.ResourceLinkClaim;
import org.recall.lti.claims.Role;

/**
 * A validated launch (LTI 1.3 Core §5): who launched, from which course and placement, with which
 * roles, and which services (AGS, NRPS, Deep Linking) the platform offers for it.
 */
public record Launch(
        Platform platform,
        String deploymentId,
        MessageType messageType,
        String subject,
        Optional<String> name,
        Optional<String> givenName,
        Optional<String> familyName,
        Optional<String> email,
        Set<Role> roles,
        Optional<ContextClaim> context,
        Optional<ResourceLinkClaim> resourceLink,
        Optional<URI> targetLinkUri,
        Optional<String> locale,
        Optional<URI> returnUrl,
        Map<String, String> custom,
        Optional<AgsEndpointClaim> gradeService,
        Optional<NrpsClaim> rosterService,
        Optional<DeepLinkingSettingsClaim> deepLinking) {

    public Launch {
        roles = Set.copyOf(roles);
        custom = Map.copyOf(custom);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
