package org.recall.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recall.store.Sql;

/**
 * Drafts of the deck editor and their publication, on an in-memory H2 migrated by the application's Flyway
 * scripts: saved by revision, invisible to other platforms, published through the upload rules with who
 * published each version.
 */
class DeckDraftsTest {

    private Decks decks;
    private DeckDrafts drafts;
    private DeckPublisher publisher;
    private long platform;
    private long otherPlatform;
    private DeckAuthor ana;
    private DeckAuthor bea;

    @BeforeEach
    void freshDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:drafts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        decks = new Decks(dataSource);
        drafts = new DeckDrafts(dataSource);
        publisher = new DeckPublisher(decks, drafts);
        Sql sql = new Sql(dataSource);
        platform = platform(sql);
        otherPlatform = platform(sql);
        ana = DeckAuthor.instructor(platform, "ana-sub", "Ana López");
        bea = DeckAuthor.instructor(otherPlatform, "bea-sub", null);
    }

    private static long platform(Sql sql) {
        return sql.inTransaction(c -> Sql.insert(c, "INSERT INTO platform (issuer, client_id, authorization_endpoint,"
                        + " token_endpoint, jwks_uri, created_at) VALUES (?, ?, ?, ?, ?, ?)", "id",
                "https://lms-" + UUID.randomUUID() + ".test", "client", "https://lms.test/auth", "https://lms.test/token",
                "https://lms.test/jwks", Instant.now()));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static JsonObject withCard(JsonObject document, String title) {
        return Json.createObjectBuilder(document).add("title", title).add("cards", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("id", "c1").add("prompt", "<img src=x onerror=alert(1)>")
                        .add("answer", "An answer").add("level", "beginner"))).build();
    }

    @Test
    void aNewDraftIsSavedByRevisionAndAnOlderRevisionChangesNothing() {
        DeckDraft draft = drafts.create(platform, null, null, "", DraftDocument.starter("es-ES").toString(), ana);
        assertEquals(1, draft.revision());
        assertEquals("es-ES", json(draft.document()).getString("language"));
        assertEquals(List.of("$.title", "$"), DraftDocument.errors(json(draft.document()), null).stream()
                .map(DeckError::path).toList(), "a blank title and no card or question");

        String edited = withCard(json(draft.document()), "Week 1").toString();
        DeckDraft saved = drafts.save(draft.id(), platform, 1, "Week 1", edited, ana).orElseThrow();
        assertEquals(2, saved.revision());
        assertEquals(List.of(), DraftDocument.errors(json(saved.document()), null));
        assertEquals(Optional.empty(), drafts.save(draft.id(), platform, 1, "Stale", "{}", ana), "revision 1 is stale");
        assertEquals(edited, drafts.find(draft.id(), platform).orElseThrow().document());
        assertEquals(List.of("Week 1"), drafts.ofPlatform(platform).stream().map(DeckDraft::title).toList());
        assertNull(drafts.ofPlatform(platform).get(0).document(), "lists carry no documents");
    }

    @Test
    void anotherPlatformNeitherFindsNorChangesNorDeletesADraft() {
        DeckDraft draft = drafts.create(platform, null, null, "", DraftDocument.starter("en").toString(), ana);
        assertEquals(Optional.empty(), drafts.find(draft.id(), otherPlatform));
        assertEquals(Optional.empty(), drafts.save(draft.id(), otherPlatform, 1, "Mine", "{}", bea));
        assertFalse(drafts.delete(draft.id(), otherPlatform, null));
        assertEquals(Optional.empty(), publisher.publish(draft.id(), 1, false, bea));
        assertEquals(List.of(), drafts.ofPlatform(otherPlatform));
        assertEquals(1, drafts.find(draft.id(), platform).orElseThrow().revision());
    }

    @Test
    void publishingANewDeckStoresVersionOneByItsAuthorAndDeletesTheDraft() {
        DeckDraft draft = drafts.create(platform, null, null, "", DraftDocument.starter("en").toString(), ana);
        drafts.save(draft.id(), platform, 1, "Équations du 2ᵉ degré", withCard(json(draft.document()),
                "Équations du 2ᵉ degré").toString(), ana);
        assertEquals(DeckRefused.STALE_DRAFT, assertThrows(DeckRefused.class,
                () -> publisher.publish(draft.id(), 1, false, ana)).getMessage());

        DeckVersion version = publisher.publish(draft.id(), 2, false, ana).orElseThrow();
        assertEquals(1, version.version());
        assertTrue(version.id().value().matches("equations-du-2e-degre-[a-z2-9]{6}"), version.id().value());
        assertEquals(DeckVersion.platformOwner(platform), version.owner());
        DeckVersion stored = decks.versions(version.id()).get(0);
        assertEquals("Ana López", stored.uploadedByName());
        assertEquals("ana-sub", stored.uploadedBy());
        assertEquals(platform, stored.platformId());
        assertEquals("<img src=x onerror=alert(1)>", decks.find(version.id()).orElseThrow().cards().get(0).prompt());
        assertEquals(Optional.empty(), drafts.find(draft.id(), platform));
    }

    @Test
    void aDraftWithErrorsIsNotPublishedAndStaysAsItWas() {
        DeckDraft draft = drafts.create(platform, null, null, "", DraftDocument.starter("en").toString(), ana);
        var refused = assertThrows(DeckFormatException.class, () -> publisher.publish(draft.id(), 1, false, ana));
        assertEquals(List.of("$.title", "$"), refused.errors().stream().map(DeckError::path).toList());
        assertEquals(1, drafts.find(draft.id(), platform).orElseThrow().revision());
        assertTrue(decks.versions().isEmpty());
    }

    @Test
    void editingInPlaceAddsTheNextVersionAndReopeningFindsTheSameDraft() {
        DeckVersion first = publishNew("Course deck");
        Deck deck = decks.find(first.id()).orElseThrow();
        DeckDraft draft = drafts.create(platform, first.id(), 1, deck.title(), DraftDocument.of(deck).toString(), ana);
        assertFalse(json(draft.document()).containsKey("id"), "the draft's deck gives the id");
        drafts.save(draft.id(), platform, 1, "Course deck v2",
                withCard(json(draft.document()), "Course deck v2").toString(), ana);
        DeckDraft again = drafts.create(platform, first.id(), 1, "ignored", "{}", ana);
        assertEquals(draft.id(), again.id());
        assertEquals(2, again.revision());

        DeckVersion second = publisher.publish(draft.id(), 2, false, ana).orElseThrow();
        assertEquals(first.id(), second.id());
        assertEquals(2, second.version());
        assertEquals("Course deck v2", decks.find(first.id()).orElseThrow().title());
        assertEquals("Course deck", decks.find(first.id(), 1).orElseThrow().title(), "version 1 never changes");
    }

    @Test
    void aRetiredDeckTakesNoNewVersionFromADraftButTheDraftCanBecomeANewDeck() {
        DeckVersion first = publishNew("Retired deck");
        Deck deck = decks.find(first.id()).orElseThrow();
        DeckDraft draft = drafts.create(platform, first.id(), 1, deck.title(), DraftDocument.of(deck).toString(), ana);
        assertTrue(decks.retire(first.id()));
        assertEquals(DeckRefused.RETIRED, assertThrows(DeckRefused.class,
                () -> publisher.publish(draft.id(), 1, false, ana)).getMessage());
        assertTrue(decks.isRetired(first.id()));
        assertEquals(1, decks.versions(first.id()).size());

        DeckVersion copy = publisher.publish(draft.id(), 1, true, ana).orElseThrow();
        assertFalse(copy.id().equals(first.id()));
        assertEquals(1, copy.version());
        assertTrue(decks.isRetired(first.id()), "still retired");
    }

    @Test
    void anotherPlatformsDeckTakesNoVersionFromThisPlatform() {
        DeckVersion theirs = decks.upload(decks.find(publishNew("Theirs").id()).orElseThrow(), DeckAuthor.ADMIN);
        assertTrue(decks.isOwnedBy(theirs.id(), DeckVersion.platformOwner(platform)), "the first author's platform owns it");
        assertFalse(decks.isOwnedBy(theirs.id(), DeckVersion.platformOwner(otherPlatform)));
        Deck deck = decks.find(theirs.id()).orElseThrow();
        DeckDraft sneaky = drafts.create(otherPlatform, theirs.id(), 2, deck.title(), DraftDocument.of(deck).toString(), bea);
        assertEquals(DeckRefused.OTHER_OWNER, assertThrows(DeckRefused.class,
                () -> publisher.publish(sneaky.id(), 1, false, bea)).getMessage());
        assertEquals(2, decks.versions(theirs.id()).size());
        assertFalse(decks.isOwnedBy(Decks.DEFAULT, DeckVersion.platformOwner(platform)), "built-in decks are only copied");
    }

    @Test
    void aCopyRemembersItsSourceSoThatItCanBeContinued() {
        Deck seed = decks.find(Decks.DEFAULT).orElseThrow();
        DeckDraft copy = drafts.copy(platform, Decks.DEFAULT, "Copy", DraftDocument.copyOf(seed, "Copy").toString(), ana);
        assertEquals(Decks.DEFAULT, copy.copiedFrom());
        assertFalse(copy.editsInPlace());
        assertEquals(copy.id(), drafts.copyOf(platform, Decks.DEFAULT).orElseThrow().id());
        assertEquals(Optional.empty(), drafts.copyOf(otherPlatform, Decks.DEFAULT), "another platform's copy is not theirs");
        DeckVersion published = publisher.publish(copy.id(), 1, false, ana).orElseThrow();
        assertFalse(published.id().equals(Decks.DEFAULT));
        assertEquals(Optional.empty(), drafts.copyOf(platform, Decks.DEFAULT), "a published copy is no draft any more");
    }

    @Test
    void aPlatformKeepsABoundedNumberOfDrafts() {
        for (int i = 0; i < DeckDrafts.MAX_PER_PLATFORM; i++) {
            drafts.create(platform, null, null, "", "{}", ana);
        }
        assertEquals(DeckRefused.TOO_MANY_DRAFTS, assertThrows(DeckRefused.class,
                () -> drafts.create(platform, null, null, "", "{}", ana)).getMessage());
        drafts.create(otherPlatform, null, null, "", "{}", bea);
    }

    @Test
    void freshIdsAreAsciiWordsOfTheTitleWithARandomSuffix() {
        assertTrue(DeckId.fresh("Week 1: CI/CD").value().matches("week-1-ci-cd-[a-z2-9]{6}"));
        assertTrue(DeckId.fresh("«»").value().matches("deck-[a-z2-9]{6}"));
        assertTrue(DeckId.fresh("x".repeat(300)).value().length() <= 47);
        assertFalse(DeckId.fresh("Same").equals(DeckId.fresh("Same")));
    }

    private DeckVersion publishNew(String title) {
        DeckDraft draft = drafts.create(platform, null, null, "", DraftDocument.starter("en").toString(), ana);
        drafts.save(draft.id(), platform, 1, title, withCard(json(draft.document()), title).toString(), ana);
        return publisher.publish(draft.id(), 2, false, ana).orElseThrow();
    }
}
