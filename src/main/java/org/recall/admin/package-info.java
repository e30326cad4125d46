/**
 * The installation's administration: the platform registry API under {@code /api/admin}, opened by the
 * bearer token {@code RECALL_ADMIN_TOKEN} (closed when none is configured).
 */
package org.recall.admin;
