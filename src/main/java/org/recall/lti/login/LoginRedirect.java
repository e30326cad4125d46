package org.recall.lti.login;

import java.net.URI;
import java.util.Optional;

/**
 * The answer to a login initiation: where to send the browser (the platform's authorization endpoint
 * with the OIDC authentication request, Security Framework §5.1.1.2), the state to bind to the browser,
 * and the platform storage frame when the platform offers one ({@code lti_storage_target}, LTI Client
 * Side postMessages / Platform Storage) with the value to put there ({@link LoginState#storageProof()}).
 */
public record LoginRedirect(URI authorizationUri, String state, Optional<String> storageTarget,
        Optional<String> storageProof) {

    public boolean platformStorageRequested() {
        return storageTarget.isPresent();
    }
}
