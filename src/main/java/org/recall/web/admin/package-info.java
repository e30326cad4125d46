/**
 * The installation's administration under {@code /api/admin}, opened by the bearer token
 * {@code RECALL_ADMIN_TOKEN} (closed when none is configured): the platform registry, tool key rotation,
 * deck uploads and retirement; and the admin page ({@code /admin}) that calls them.
 */
package org.recall.web.admin;
