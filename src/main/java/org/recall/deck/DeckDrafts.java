package org.recall.deck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.recall.store.Sql;

/**
 * The table {@code deck_draft}: decks being written in the editor. Every read and write names the platform
 * of the instructor's launch, so a draft of another platform is never found.
 */
@ApplicationScoped
public class DeckDrafts {

    /** Unpublished drafts one platform may keep: enough for any course team, bounded for the database. */
    public static final int MAX_PER_PLATFORM = 200;
    private static final int MAX_TITLE = 2_000;
    private static final String LIST_COLUMNS = "id, platform_id, deck_id, base_version, title, revision, created_by,"
            + " created_by_name, updated_by, updated_by_name, created_at, updated_at, copied_from";

    private Sql sql;

    public DeckDrafts() {
    }

    /** Outside a container (tests). */
    public DeckDrafts(DataSource dataSource) {
        init(dataSource);
    }

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /**
     * Stores a new draft; for a deck edited in place ({@code deckId} not null), answers the platform's
     * draft of that deck instead when there is one, so that the teacher finds what they left.
     *
     * @throws DeckRefused when the platform already keeps {@link #MAX_PER_PLATFORM} drafts
     */
    public DeckDraft create(long platformId, DeckId deckId, Integer baseVersion, String title, String document,
            DeckAuthor by) {
        return create(platformId, deckId, baseVersion, null, title, document, by);
    }

    /** Stores a new draft holding a copy of deck {@code source} (a new deck once published). */
    public DeckDraft copy(long platformId, DeckId source, String title, String document, DeckAuthor by) {
        return create(platformId, null, null, source, title, document, by);
    }

    /** The platform's latest draft copied from {@code source}, if any. */
    public Optional<DeckDraft> copyOf(long platformId, DeckId source) {
        return sql.list("SELECT * FROM deck_draft WHERE platform_id = ? AND copied_from = ? ORDER BY updated_at DESC, id DESC",
                rs -> row(rs, true), platformId, source.value()).stream().findFirst();
    }

    private DeckDraft create(long platformId, DeckId deckId, Integer baseVersion, DeckId copiedFrom, String title,
            String document, DeckAuthor by) {
        Instant now = Instant.now();
        // A second first "Edit this deck" at the same moment loses the insert race on (platform_id, deck_id)
        // and is run again by inTransaction: it then finds the winner's draft.
        return sql.inTransaction(c -> {
            if (deckId != null) {
                Optional<DeckDraft> existing = Sql.list(c, "SELECT * FROM deck_draft WHERE platform_id = ? AND deck_id = ?",
                        rs -> row(rs, true), platformId, deckId.value()).stream().findFirst();
                if (existing.isPresent()) {
                    return existing.get();
                }
            }
            if (Sql.list(c, "SELECT COUNT(*) FROM deck_draft WHERE platform_id = ?", rs -> rs.getInt(1), platformId)
                    .get(0) >= MAX_PER_PLATFORM) {
                throw new DeckRefused(DeckRefused.TOO_MANY_DRAFTS);
            }
            long id = Sql.insert(c, "INSERT INTO deck_draft (platform_id, deck_id, base_version, copied_from, title, document,"
                            + " revision, created_by, created_by_name, updated_by, updated_by_name, created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)", "id",
                    platformId, deckId == null ? null : deckId.value(), baseVersion,
                    copiedFrom == null ? null : copiedFrom.value(), clip(title), document,
                    by.sub(), by.name(), by.sub(), by.name(), now, now);
            return find(c, id, platformId).orElseThrow();
        });
    }

    public Optional<DeckDraft> find(long id, long platformId) {
        return sql.inConnection(c -> find(c, id, platformId));
    }

    /** The platform's drafts, last saved first, without their documents ({@code document} is null). */
    public List<DeckDraft> ofPlatform(long platformId) {
        return sql.list("SELECT " + LIST_COLUMNS + " FROM deck_draft WHERE platform_id = ? ORDER BY updated_at DESC, id DESC",
                rs -> row(rs, false), platformId);
    }

    /**
     * Saves the document over revision {@code revision}; empty when the draft is gone or was saved since
     * (another tab, another teacher of the platform), and then nothing changed.
     */
    public Optional<DeckDraft> save(long id, long platformId, int revision, String title, String document, DeckAuthor by) {
        return sql.inTransaction(c -> {
            int changed = Sql.update(c, "UPDATE deck_draft SET title = ?, document = ?, revision = revision + 1,"
                            + " updated_by = ?, updated_by_name = ?, updated_at = ? WHERE id = ? AND platform_id = ? AND revision = ?",
                    clip(title), document, by.sub(), by.name(), Instant.now(), id, platformId, revision);
            return changed == 1 ? find(c, id, platformId) : Optional.<DeckDraft>empty();
        });
    }

    /** Turns an in-place draft into one for a new deck (its deck was retired); same revision rules as save. */
    public boolean detach(long id, long platformId, int revision) {
        return sql.update("UPDATE deck_draft SET deck_id = NULL, base_version = NULL WHERE id = ? AND platform_id = ?"
                + " AND revision = ?", id, platformId, revision) == 1;
    }

    /** Deletes the draft if it is still at {@code revision} (null: whatever its revision); false when it was not. */
    public boolean delete(long id, long platformId, Integer revision) {
        return revision == null
                ? sql.update("DELETE FROM deck_draft WHERE id = ? AND platform_id = ?", id, platformId) == 1
                : sql.update("DELETE FROM deck_draft WHERE id = ? AND platform_id = ? AND revision = ?", id, platformId,
                        revision) == 1;
    }

    private static Optional<DeckDraft> find(Connection c, long id, long platformId) throws SQLException {
        return Sql.list(c, "SELECT * FROM deck_draft WHERE id = ? AND platform_id = ?", rs -> row(rs, true), id, platformId)
                .stream().findFirst();
    }

    private static String clip(String title) {
        return title == null ? "" : title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title;
    }

    private static DeckDraft row(ResultSet rs, boolean withDocument) throws SQLException {
        String deckId = rs.getString("deck_id");
        long platformId = rs.getLong("platform_id");
        return new DeckDraft(rs.getLong("id"), platformId, deckId == null ? null : new DeckId(deckId),
                Sql.integerOrNull(rs, "base_version"), rs.getString("title"),
                withDocument ? rs.getString("document") : null, rs.getInt("revision"),
                DeckAuthor.instructor(platformId, rs.getString("created_by"), rs.getString("created_by_name")),
                DeckAuthor.instructor(platformId, rs.getString("updated_by"), rs.getString("updated_by_name")),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"),
                rs.getString("copied_from") == null ? null : new DeckId(rs.getString("copied_from")));
    }
}
