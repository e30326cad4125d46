/**
 * Recall's own LTI 1.3 library, framework-light: it depends only on Nimbus JOSE+JWT and plain Java,
 * never on CDI, JAX-RS, JDBC or the deck model. Persistence sits behind interfaces
 * ({@link org.recall.lti.PlatformRegistry}, {@link org.recall.lti.login.LoginStateStore},
 * {@link org.recall.lti.keys.ToolKeyStore}) that the application implements.
 *
 * <p>Specifications implemented:
 * <ul>
 *   <li>1EdTech LTI 1.3 Core, imsglobal.org/spec/lti/v1p3 (§4.1 login, §5 launch messages and claims)</li>
 *   <li>1EdTech Security Framework 1.0, imsglobal.org/spec/security/v1p0 (§5.1.1 third-party initiated
 *       login, §5.1.3 authentication response validation, §6 key management)</li>
 *   <li>OpenID Connect Core 1.0 §3.1.3.7 (ID token validation), §4 (third-party initiated login)</li>
 *   <li>Claim types of LTI Deep Linking 2.0, AGS 2.0 and NRPS 2.0</li>
 * </ul>
 */
package org.recall.lti;
