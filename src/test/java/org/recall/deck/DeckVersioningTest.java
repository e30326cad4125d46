package org.recall.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of uploaded decks, on an in-memory H2 migrated by the application's own Flyway scripts. */
class DeckVersioningTest {

    private Decks decks;

    @BeforeEach
    void freshDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:decks-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        decks = new Decks(dataSource);
    }

    private static Deck deck(String id, String title) {
        return CsvDeck.read("type,prompt,answer,level\ncard,p,a,beginner\n",
                new CsvDeck.Parameters(id, title, null, null, null), "test");
    }

    private List<String> selectable() {
        return decks.all().stream().map(d -> d.id().value() + ":" + d.title()).toList();
    }

    @Test
    void aNewUploadOfAnIdIsItsNextVersionAndTheLatestIsServed() {
        assertEquals(1, decks.upload(deck("ops", "First"), DeckVersion.ADMIN, "admin").version());
        assertEquals(2, decks.upload(deck("ops", "Second"), DeckVersion.ADMIN, "admin").version());
        assertEquals("Second", decks.find(new DeckId("ops")).orElseThrow().title());
        assertEquals("First", decks.find(new DeckId("ops"), 1).orElseThrow().title());
        assertEquals(Optional.of(2), decks.currentVersion("ops"));
        assertEquals(List.of("mlops-vs-devops:" + decks.find(Decks.DEFAULT).orElseThrow().title(), "ops:Second"), selectable());
    }

    @Test
    void builtInIdsCannotBeUploadedNorRetired() {
        var refused = assertThrows(DeckRefused.class,
                () -> decks.upload(deck(Decks.DEFAULT.value(), "Mine now"), DeckVersion.ADMIN, "admin"));
        assertEquals(DeckRefused.BUILT_IN, refused.getMessage());
        assertEquals(DeckRefused.BUILT_IN_RETIRE, assertThrows(DeckRefused.class, () -> decks.retire(Decks.DEFAULT)).getMessage());
        assertEquals(Optional.empty(), decks.currentVersion(Decks.DEFAULT.value()), "built-in decks have no version");
        assertTrue(decks.versions().isEmpty());
    }

    @Test
    void retiringHidesTheDeckButKeepsEveryVersionForActivities() {
        decks.upload(deck("ops", "First"), DeckVersion.ADMIN, "admin");
        assertTrue(decks.retire(new DeckId("ops")));
        assertFalse(selectable().contains("ops:First"));
        assertEquals(Optional.empty(), decks.find(new DeckId("ops")));
        assertEquals(Optional.empty(), decks.currentVersion("ops"));
        assertEquals("First", decks.find(new DeckId("ops"), 1).orElseThrow().title());
        assertFalse(decks.retire(new DeckId("never-uploaded")));

        assertEquals(2, decks.upload(deck("ops", "Back"), DeckVersion.ADMIN, "admin").version(),
                "a retired id continues its numbering");
        assertTrue(selectable().contains("ops:Back"));
        assertEquals(List.of(DeckVersion.Status.RETIRED, DeckVersion.Status.ACTIVE),
                decks.versions().stream().map(DeckVersion::status).toList());
    }

    @Test
    void instructorsAddVersionsOnlyToTheirPlatformsDecks() {
        decks.upload(deck("course-deck", "v1"), DeckVersion.platformOwner(1), "teacher-1");
        assertEquals(2, decks.upload(deck("course-deck", "v2"), DeckVersion.platformOwner(1), "teacher-2").version());
        assertEquals(DeckRefused.OTHER_OWNER, assertThrows(DeckRefused.class,
                () -> decks.upload(deck("course-deck", "hijack"), DeckVersion.platformOwner(2), "other")).getMessage());
        assertEquals(3, decks.upload(deck("course-deck", "by admin"), DeckVersion.ADMIN, "admin").version());
        assertEquals(DeckVersion.platformOwner(1), decks.versions().get(2).owner(), "the deck stays its platform's");

        decks.upload(deck("admin-deck", "a"), DeckVersion.ADMIN, "admin");
        assertThrows(DeckRefused.class, () -> decks.upload(deck("admin-deck", "b"), DeckVersion.platformOwner(1), "t"));
    }

    @Test
    void aStoredVersionReadsBackAsTheSameDeck() {
        Deck deck = CsvDeck.read(CsvDeckTest.HEADER + CsvDeckTest.CARD + CsvDeckTest.QUESTION,
                new CsvDeck.Parameters("round-trip", "<script>alert(1)</script>", "d", "7", "pt-BR"), "test");
        decks.upload(deck, DeckVersion.ADMIN, "admin");
        assertEquals(deck, decks.find(new DeckId("round-trip"), 1).orElseThrow());
    }
}
