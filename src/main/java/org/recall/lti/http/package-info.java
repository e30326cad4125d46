/**
 * HTTP calls from Recall to a platform (token endpoint, Assignment and Grade Services, Names and Role
 * Provisioning, JWKS, OpenID configuration and dynamic registration): one bounded client
 * ({@link org.recall.lti.http.PlatformHttp}: connect timeout, one deadline for the whole answer, a size
 * limit, no redirects), answers read by their body whatever their media type
 * ({@link org.recall.lti.http.PlatformAnswer}), the origins a platform's services may live on
 * ({@link org.recall.lti.http.AllowedOrigins}), and service failures classified for whoever must act
 * ({@link org.recall.lti.http.ServiceException}). Framework-free: {@code java.net.http} and Nimbus JSON.
 */
package org.recall.lti.http;
