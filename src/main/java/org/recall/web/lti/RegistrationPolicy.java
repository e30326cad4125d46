package org.recall.web.lti;

import java.util.List;
import java.util.Optional;
import org.recall.lti.registration.IssuerOrigin;
import org.recall.lti.registration.OpenIdConfiguration;
import org.recall.lti.registration.RegistrationFailed;

/**
 * Who may register a platform, and how far a registration goes on its own. A dynamic registration started
 * from a live one-time link of an administrator is active at once; any other waits for approval. Endpoints
 * off the issuer's origin ({@link IssuerOrigin}) need an administrator's word: a link that allows them, or the
 * approval. The registration endpoint, which Recall posts to before anyone approved, must be on the issuer's
 * origin unless the link allows otherwise.
 */
final class RegistrationPolicy {

    /** The registration link a registration was started from: its secret's hash and what it allows. */
    record Link(String hash, boolean allowOtherOrigins) {
    }

    static final String LINK_NOT_LIVE = "This registration link has expired or was already used. Ask Recall's "
            + "administrator for a new link, or register with Recall's plain registration URL (the registration "
            + "then waits for the administrator's approval).";
    static final String REGISTRATION_ENDPOINT_ELSEWHERE = "Your platform's registration endpoint is on another site "
            + "than its issuer. Recall sends registrations only to the issuer's own site unless Recall's "
            + "administrator allows other sites on the registration link. Nothing was registered.";
    static final String ALREADY_REGISTERED = "Recall already holds a registration of this platform with the client "
            + "id your platform gave. A dynamic registration never changes an existing one: nothing was changed in "
            + "Recall. Remove the new tool on your platform, or ask Recall's administrator to remove the old "
            + "registration first.";
    static final String TOO_MANY_PENDING = "Too many registrations already wait for approval by Recall's "
            + "administrator. Nothing was registered; ask the administrator for a registration link.";
    static final String TOO_MANY_STARTS = "Too many registrations were started from your address. Wait a minute, "
            + "then start again from your platform.";

    private RegistrationPolicy() {
    }

    /** The fields off the issuer's origin; refuses a registration endpoint elsewhere that no link allows. */
    static List<String> check(OpenIdConfiguration platform, Optional<Link> link) throws RegistrationFailed {
        List<String> elsewhere = IssuerOrigin.elsewhere(platform);
        if (elsewhere.contains("registration_endpoint") && !link.map(Link::allowOtherOrigins).orElse(false)) {
            throw new RegistrationFailed(400, REGISTRATION_ENDPOINT_ELSEWHERE);
        }
        return elsewhere;
    }

    /** Active without approval: from a live link, with every endpoint on the issuer's origin or allowed elsewhere. */
    static boolean activeAtOnce(Optional<Link> link, List<String> elsewhere) {
        return link.map(l -> elsewhere.isEmpty() || l.allowOtherOrigins()).orElse(false);
    }
}
