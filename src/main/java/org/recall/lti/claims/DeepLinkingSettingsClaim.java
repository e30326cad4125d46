package org.recall.lti.claims;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a deep linking request lets the tool return, LTI Deep Linking 2.0 §4.4.1
 * ({@code deep_link_return_url} required). Sample:
 * <pre>{@code
 * "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings": {
 *   "deep_link_return_url": "https://moodle.example/mod/lti/contentitem_return.php?course=42",
 *   "accept_types": ["ltiResourceLink"], "accept_presentation_document_targets": ["iframe", "window"],
 *   "accept_multiple": true, "auto_create": false, "accept_lineitem": true,
 *   "data": "opaque-platform-data" }
 * }</pre>
 */
public record DeepLinkingSettingsClaim(
        URI deepLinkReturnUrl,
        List<String> acceptTypes,
        boolean acceptMultiple,
        boolean autoCreate,
        boolean acceptLineItem,
        Optional<String> data) {

    public static final String CLAIM = LtiClaims.DEEP_LINKING + "deep_linking_settings";

    public DeepLinkingSettingsClaim {
        acceptTypes = List.copyOf(acceptTypes);
    }

    /** Empty when {@code deep_link_return_url} is missing, which makes the claim unusable. */
    public static Optional<DeepLinkingSettingsClaim> from(Map<String, Object> json) {
        ClaimValues values = new ClaimValues(json);
        return values.uri("deep_link_return_url").map(url -> new DeepLinkingSettingsClaim(
                url,
                values.strings("accept_types"),
                values.flag("accept_multiple"),
                values.flag("auto_create"),
                // §4.4.1: absent, the platform makes no statement about line items; Recall then sends the
                // line item of a graded choice (a platform that ignores it loses nothing), false refuses it.
                values.flag("accept_lineitem", true),
                values.string("data")));
    }
}
