/**
 * LTI Deep Linking 2.0 ({@code imsglobal.org/spec/lti-dl/v2p0}), tool side: the content items Recall
 * returns (§3, LTI resource link §3.2 with its line item), the rules of the request's
 * {@code deep_linking_settings} (§4.4.1) and the signed {@code LtiDeepLinkingResponse} (§4.5).
 * Knows nothing about decks: the caller fills in titles and custom parameters.
 */
package org.recall.lti.deeplinking;
