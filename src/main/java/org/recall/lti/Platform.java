package org.recall.lti;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * One registration of Recall on an LTI platform (an LMS): the pair (issuer, client id) with the
 * deployments made of it. One issuer may hold several registrations, each with its own client id
 * (Security Framework §5.1.1; LTI 1.3 Core §3.1.3 deployments).
 *
 * @param active false while a dynamic registration waits for an administrator's approval: such a
 *               platform cannot log anyone in
 */
public record Platform(
        long id,
        String issuer,
        String clientId,
        URI authorizationEndpoint,
        URI tokenEndpoint,
        URI jwksUri,
        Set<String> deploymentIds,
        boolean active) {

    /** An active registration (made by an administrator, or approved). */
    public Platform(long id, String issuer, String clientId, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri,
            Set<String> deploymentIds) {
        this(id, issuer, clientId, authorizationEndpoint, tokenEndpoint, jwksUri, deploymentIds, true);
    }

    public Platform {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(authorizationEndpoint, "authorizationEndpoint");
        Objects.requireNonNull(jwksUri, "jwksUri");
        deploymentIds = Set.copyOf(deploymentIds);
    }

    /** LTI 1.3 Core §3.1.3: a launch names the deployment it comes from; only known ones are accepted. */
    public boolean hasDeployment(String deploymentId) {
        return deploymentIds.contains(deploymentId);
    }
}
