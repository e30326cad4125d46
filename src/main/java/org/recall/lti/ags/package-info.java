/**
 * The tool side of LTI Assignment and Grade Services 2.0 ({@code imsglobal.org/spec/lti-ags/v2p0}):
 * access tokens by the OAuth 2.0 client credentials grant with a {@code private_key_jwt} client
 * assertion (1EdTech Security Framework 1.0 §4.1, RFC 7523), the line item service (§3.2), the score
 * publish service (§3.4) and the result service (§3.3). Framework-free: Nimbus JOSE+JWT, the Nimbus
 * OAuth 2.0 SDK and {@code java.net.http} only, so that it needs no container to test.
 */
package org.recall.lti.ags;
