/** The site's own pages: the landing page at {@code /}, {@code GET /health} and {@code GET /metrics}. */
package org.recall.web.site;
