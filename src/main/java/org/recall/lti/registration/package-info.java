/**
 * LTI Dynamic Registration 1.0 ({@code imsglobal.org/spec/lti-dr/v1p0}), tool side: reading the
 * platform's OpenID configuration (§3.4, §3.5 with the issuer check of §3.5.1), the tool's registration
 * request (§3.6, with the {@code https://purl.imsglobal.org/spec/lti-tool-configuration} object of §3.6.2)
 * and the platform's answer (§3.6.3: client id and deployment id).
 */
package org.recall.lti.registration;
