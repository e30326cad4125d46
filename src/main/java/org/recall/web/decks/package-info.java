/**
 * {@code /api/decks/…}: the deck catalog without answer keys, and a deck's SCORM package. Also the
 * upload request that the admin and instructor upload endpoints share.
 */
package org.recall.web.decks;
