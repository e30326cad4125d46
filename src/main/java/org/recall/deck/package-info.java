/**
 * Decks: the study content of Recall (cards, single-choice questions, explain prompts),
 * their JSON format and its loader.
 *
 * <p>The format is documented in {@code docs/deck-format.md} and described by the JSON Schema
 * (draft 2020-12) at {@code org/recall/deck/deck.schema.json}. {@link org.recall.deck.DeckLoader}
 * enforces the same rules by hand, with JSON-P, so that no schema library is needed at run time;
 * {@code DeckSchemaConsistencyTest} keeps the two from drifting apart.
 */
package org.recall.deck;
