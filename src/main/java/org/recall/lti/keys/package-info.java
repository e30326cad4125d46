/**
 * Keys, Security Framework §6 (imsglobal.org/spec/security/v1p0): the platforms' public keys read from
 * their JWKS URIs with caching, refresh on an unknown {@code kid} and a rate limit (§6.3 key rotation),
 * and the tool's own RSA signing keys with rotation and a published JWK Set (§6.1, §6.3, RFC 7517).
 */
package org.recall.lti.keys;
