package org.recall.deck;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.recall.store.Sql;
import org.recall.store.StoreException;

/** The table {@code deck_version}: uploaded decks, one immutable row per version. */
final class DeckVersions {

    /** Both H2 and PostgreSQL report a primary key violation with this SQLSTATE (SQL:2011 class 23). */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS =
            "deck_id, version, title, status, owner, uploaded_by, uploaded_by_name, platform_id, uploaded_at";

    private final Sql sql;

    DeckVersions(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /**
     * Stores the deck as the next version of its id; empty when another upload of the same id took that
     * version number at the same moment (the caller may try again).
     */
    Optional<DeckVersion> add(Deck deck, String document, String owner, DeckAuthor author) {
        Instant now = Instant.now();
        try {
            return Optional.of(sql.inTransaction(c -> {
                int next = Sql.list(c, "SELECT MAX(version) FROM deck_version WHERE deck_id = ?",
                        rs -> rs.getInt(1), deck.id().value()).get(0) + 1;
                Sql.update(c, "INSERT INTO deck_version (deck_id, version, title, document, status, owner, uploaded_by,"
                                + " uploaded_by_name, platform_id, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        deck.id().value(), next, deck.title(), document, DeckVersion.Status.ACTIVE.name(), owner,
                        author.sub(), author.name(), author.platformId(), now);
                return new DeckVersion(deck.id(), next, deck.title(), DeckVersion.Status.ACTIVE, owner, author.sub(),
                        author.name(), author.platformId(), now);
            }));
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException cause && UNIQUE_VIOLATION.equals(cause.getSQLState())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The first version's owner: who may add versions to this id. Empty when the id was never uploaded. */
    Optional<String> owner(DeckId id) {
        return sql.one("SELECT owner FROM deck_version WHERE deck_id = ? AND version ="
                + " (SELECT MIN(version) FROM deck_version WHERE deck_id = ?)", rs -> rs.getString(1), id.value(), id.value());
    }

    Optional<String> document(DeckId id, int version) {
        return sql.one("SELECT document FROM deck_version WHERE deck_id = ? AND version = ?", rs -> rs.getString(1),
                id.value(), version);
    }

    /** The highest active version of the id, if any. */
    Optional<Integer> latestActive(DeckId id) {
        // MAX over no rows is one row holding NULL.
        return sql.one("SELECT MAX(version) FROM deck_version WHERE deck_id = ? AND status = ?",
                rs -> rs.getInt(1), id.value(), DeckVersion.Status.ACTIVE.name()).filter(v -> v > 0);
    }

    /** Each deck id with an active version, and its highest active version, by id. */
    List<DeckVersion> latestActive() {
        return sql.list("SELECT " + COLUMNS + " FROM deck_version v WHERE status = ? AND version ="
                        + " (SELECT MAX(version) FROM deck_version w WHERE w.deck_id = v.deck_id AND w.status = ?)"
                        + " ORDER BY deck_id", DeckVersions::row,
                DeckVersion.Status.ACTIVE.name(), DeckVersion.Status.ACTIVE.name());
    }

    /** How many versions {@code owner} has stored (its quota counts them). */
    int versionsOf(String owner) {
        return sql.one("SELECT COUNT(*) FROM deck_version WHERE owner = ?", rs -> rs.getInt(1), owner).orElse(0);
    }

    /** Every version of every uploaded deck, by id then version. */
    List<DeckVersion> all() {
        return sql.list("SELECT " + COLUMNS + " FROM deck_version ORDER BY deck_id, version", DeckVersions::row);
    }

    /** Every version of one deck, oldest first; empty for a built-in or unknown id. */
    List<DeckVersion> of(DeckId id) {
        return sql.list("SELECT " + COLUMNS + " FROM deck_version WHERE deck_id = ? ORDER BY version", DeckVersions::row,
                id.value());
    }

    /** Retires every version of the id; the number of versions that were still active. */
    int retire(DeckId id) {
        return sql.update("UPDATE deck_version SET status = ? WHERE deck_id = ? AND status = ?",
                DeckVersion.Status.RETIRED.name(), id.value(), DeckVersion.Status.ACTIVE.name());
    }

    boolean exists(DeckId id) {
        return sql.one("SELECT 1 FROM deck_version WHERE deck_id = ? FETCH FIRST 1 ROWS ONLY", rs -> 1, id.value())
                .isPresent();
    }

    private static DeckVersion row(ResultSet rs) throws SQLException {
        String owner = rs.getString("owner");
        String uploadedBy = rs.getString("uploaded_by");
        Long platformId = Sql.longOrNull(rs, "platform_id");
        if (platformId == null && !DeckVersion.ADMIN.equals(uploadedBy) && owner.startsWith("platform:")) {
            // Stored before versions recorded their platform: an instructor can only add to their platform's deck.
            platformId = Long.valueOf(owner.substring("platform:".length()));
        }
        return new DeckVersion(new DeckId(rs.getString("deck_id")), rs.getInt("version"), rs.getString("title"),
                DeckVersion.Status.valueOf(rs.getString("status")), owner, uploadedBy, rs.getString("uploaded_by_name"),
                platformId, Sql.instant(rs, "uploaded_at"));
    }
}
