package org.recall.lti.claims;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * How the platform shows the tool, LTI 1.3 Core §5.4.4. Sample:
 * <pre>{@code
 * "https://purl.imsglobal.org/spec/lti/claim/launch_presentation": {
 *   "locale": "fr", "document_target": "iframe",
 *   "return_url": "https://moodle.example/mod/lti/return.php?course=42" }
 * }</pre>
 */
public record LaunchPresentationClaim(
        Optional<String> locale, Optional<String> documentTarget, Optional<URI> returnUrl) {

    public static final String CLAIM = LtiClaims.LTI + "launch_presentation";

    public static LaunchPresentationClaim from(Map<String, Object> json) {
        ClaimValues values = new ClaimValues(json);
        // Only a web address is kept: a javascript: or data: return URL would run wherever it is followed.
        return new LaunchPresentationClaim(values.string("locale"), values.string("document_target"),
                values.uri("return_url").filter(url -> "https".equalsIgnoreCase(url.getScheme())
                        || "http".equalsIgnoreCase(url.getScheme())));
    }
}
