/**
 * The HTTP face of Recall. One rule places every endpoint: a resource lives in the sub-package named
 * after the first segments of its URL, so an endpoint is found from its address.
 * <ul>
 * <li>{@code lti}: {@code /lti/…}, {@code /.well-known/jwks.json}, {@code /api/deep-linking/…} (the LTI contracts)</li>
 * <li>{@code study}: {@code /api/study/…} (a student's session after a launch)</li>
 * <li>{@code teach}: {@code /api/instructor/…} (an instructor's session)</li>
 * <li>{@code decks}: {@code /api/decks/…} (the deck catalog and SCORM downloads)</li>
 * <li>{@code admin}: {@code /admin} and {@code /api/admin/…} (the admin token)</li>
 * <li>{@code site}: {@code /} and {@code /health}</li>
 * </ul>
 * This package itself holds only what every endpoint shares: the application, request bodies
 * ({@link org.recall.web.JsonBody}), client errors and their mapping, page shells, framing, and the
 * housekeeping of expired rows.
 */
package org.recall.web;
