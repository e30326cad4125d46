/**
 * The files teachers already have, read into decks and written back: Moodle XML (a question bank
 * exported from Moodle, {@code question/format/xml}), GIFT (Moodle's text format,
 * {@code question/format/gift}), Anki's text export and Quizlet-style term/definition lines; exports to
 * Moodle XML, GIFT and the JSON deck format. Every import builds a document of the JSON deck format and
 * loads it with {@link org.recall.deck.DeckLoader}, so imported decks obey every rule of the format; the
 * loader's errors are reported at the line and question name of the file. Nothing here stores anything.
 */
package org.recall.deck.formats;
