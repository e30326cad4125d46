package org.recall.deck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The test deck with one question of each type (src/test/resources/decks/every-type.json): q1 single
 * choice (a), q2 multiple answer (a, c of a-d), q3 true/false (true), q4 short answer (Tokyo, Tōkyō,
 * Tokio), q5 numeric (9.81 ± 0.05), q6 matching (Spain-Madrid, Italy-Rome, Greece-Athens; Barcelona).
 */
public final class EveryTypeDeck {

    public static final Deck DECK = new DeckLoader().load(json(), "every-type.json");

    private EveryTypeDeck() {
    }

    public static String json() {
        try (InputStream in = EveryTypeDeck.class.getResourceAsStream("/decks/every-type.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
