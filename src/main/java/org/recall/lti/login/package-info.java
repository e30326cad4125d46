/**
 * OIDC third-party initiated login: LTI 1.3 Core §4.1, Security Framework §5.1.1
 * (imsglobal.org/spec/security/v1p0), OpenID Connect Core §4. The tool answers the platform's login
 * initiation with an authentication request carrying a fresh {@code state} and {@code nonce}, both kept
 * server side in a {@link org.recall.lti.login.LoginStateStore} so any instance can finish the launch.
 */
package org.recall.lti.login;
