/**
 * The LTI endpoints platforms and browsers call: OIDC login initiation ({@code /lti/login}), the launch
 * ({@code /lti/launch}) and the tool's JWKS, wired to the {@code org.recall.lti} library
 * (LTI 1.3 Core §4 and §5; Security Framework §5.1 and §6; Client Side postMessages for platform storage).
 */
package org.recall.web.lti;
