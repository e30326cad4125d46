/**
 * The audit log: every change an administrator or an instructor makes to Recall's configuration or
 * content (platforms, deployments, keys, decks, activity settings, points, resent grades, privacy
 * requests), with who, when, what and from which address. Written by the web layer after the change
 * succeeded; read by the admin page and {@code GET /api/admin/audit}; never updated through any API.
 */
package org.recall.audit;
