/**
 * Launch validation, LTI 1.3 Core §5 and Security Framework §5.1.3 (imsglobal.org/spec/security/v1p0),
 * OpenID Connect Core §3.1.3.7: {@link org.recall.lti.launch.LaunchValidator} runs an ordered chain of
 * small named steps (token format, state, registration, signature, ID token claims, LTI message) and
 * turns the id_token into a {@link org.recall.lti.launch.Launch}, or refuses it with a
 * {@link org.recall.lti.launch.LaunchError}.
 */
package org.recall.lti.launch;
