/**
 * Recall's HTML pages share one shell ({@link org.recall.page.PageShell}), filled by the server for the
 * pages under {@code /app/} and by the SCORM builder for the packages' launch page.
 */
package org.recall.page;
