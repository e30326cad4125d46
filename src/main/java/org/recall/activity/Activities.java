package org.recall.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.recall.deck.Decks;
import org.recall.session.StudySession;
import org.recall.store.Sql;
import org.recall.store.StoreException;

/** Activities in the database: found or created at launch, changed by instructors. */
@ApplicationScoped
public class Activities {

    private Sql sql;

    @Inject
    Decks decks;

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /**
     * The activity of the session's resource link, created on its first launch from the launch's custom
     * parameters (Deep Linking) or from defaults. Two first launches at once create it once.
     */
    public Activity forSession(StudySession session) {
        String resourceLink = session.resourceLinkId();
        Optional<Activity> found = find(session.platformId(), resourceLink);
        if (found.isPresent()) {
            return found.get();
        }
        ActivitySettings settings = FirstLaunchSettings.of(session, this::deckExists);
        boolean configured = FirstLaunchSettings.cameFromDeepLinking(session, this::deckExists);
        try {
            insert(session.platformId(), resourceLink, settings, configured);
        } catch (StoreException raced) {
            // Another instance created it first (unique platform_id, resource_link_id): use that one.
        }
        return find(session.platformId(), resourceLink)
                .orElseThrow(() -> new IllegalStateException("activity not stored for " + resourceLink));
    }

    private boolean deckExists(String deckId) {
        return decks.find(deckId).isPresent();
    }

    /** The activity of the session's resource link, if its first launch created one (never creates it). */
    public Optional<Activity> existing(StudySession session) {
        return session.resourceLinkId() == null ? Optional.empty() : find(session.platformId(), session.resourceLinkId());
    }

    public Optional<Activity> find(long platformId, String resourceLinkId) {
        return sql.one("SELECT * FROM activity WHERE platform_id = ? AND resource_link_id = ?", Activities::row,
                platformId, resourceLinkId);
    }

    public Optional<Activity> byId(long id) {
        return sql.one("SELECT * FROM activity WHERE id = ?", Activities::row, id);
    }

    /**
     * Stores an instructor's settings; they apply to attempts started from now on. The deck version stays
     * unless the deck changes: then the activity takes the new deck's current version.
     */
    public Activity update(long id, ActivitySettings s) {
        Activity before = byId(id).orElseThrow();
        Integer deckVersion = before.deckId().equals(s.deckId())
                ? before.deckVersion() : decks.currentVersion(s.deckId()).orElse(null);
        sql.update("UPDATE activity SET title = ?, deck_id = ?, deck_version = ?, modes = ?, points = ?,"
                        + " attempts_allowed = ?, attempt_policy = ?, pass_percent = ?, shuffle_questions = ?,"
                        + " show_answers = ?, send_progress = ?, configured = ?, updated_at = ? WHERE id = ?",
                s.title(), s.deckId(), deckVersion, StudyMode.toList(s.modes()), s.points(), s.attemptsAllowed(),
                s.attemptPolicy().name(), s.passPercent(), s.shuffleQuestions(), s.showAnswers().name(),
                s.sendProgress(), true, Instant.now(), id);
        return byId(id).orElseThrow();
    }

    /**
     * Moves the activity to the latest active version of its uploaded deck ("Use the latest version"): new
     * attempts use it; attempts already made keep the version they were taken on. Empty when the deck is
     * built in or has no active version (retired).
     */
    public Optional<Activity> useLatestVersion(long id) {
        Activity activity = byId(id).orElseThrow();
        Optional<Integer> latest = decks.currentVersion(activity.deckId());
        latest.ifPresent(version -> sql.update("UPDATE activity SET deck_version = ?, updated_at = ? WHERE id = ?",
                version, Instant.now(), id));
        return latest.flatMap(version -> byId(id));
    }

    private void insert(long platformId, String resourceLinkId, ActivitySettings s, boolean configured) {
        Instant now = Instant.now();
        // An uploaded deck is pinned to its current version: later uploads and retirement leave this activity as it is.
        Integer deckVersion = decks.currentVersion(s.deckId()).orElse(null);
        sql.update("INSERT INTO activity (platform_id, resource_link_id, title, deck_id, deck_version, modes, points,"
                        + " attempts_allowed, attempt_policy, pass_percent, shuffle_questions, show_answers,"
                        + " send_progress, configured, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                platformId, resourceLinkId, s.title(), s.deckId(), deckVersion, StudyMode.toList(s.modes()), s.points(),
                s.attemptsAllowed(), s.attemptPolicy().name(), s.passPercent(), s.shuffleQuestions(),
                s.showAnswers().name(), s.sendProgress(), configured, now, now);
    }

    private static Activity row(ResultSet rs) throws SQLException {
        return new Activity(rs.getLong("id"), rs.getLong("platform_id"), rs.getString("resource_link_id"),
                rs.getString("title"), rs.getString("deck_id"), (Integer) rs.getObject("deck_version", Integer.class),
                StudyMode.parseList(rs.getString("modes")).orElseThrow(),
                (Integer) rs.getObject("points", Integer.class), (Integer) rs.getObject("attempts_allowed", Integer.class),
                AttemptPolicy.valueOf(rs.getString("attempt_policy")), rs.getInt("pass_percent"),
                rs.getBoolean("shuffle_questions"), ShowAnswers.valueOf(rs.getString("show_answers")),
                rs.getBoolean("send_progress"), rs.getBoolean("configured"));
    }
}
