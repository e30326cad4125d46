/** The site's own pages: the landing page at {@code /} and {@code GET /health}. */
package org.recall.web.site;
