package org.recall.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.recall.deck.DeckUser;
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
     * The activity of the session's resource link in its deployment (LTI 1.3 Core §5.3.5: a resource link id is
     * unique within a deployment), created on its first launch from the launch's custom parameters (Deep Linking)
     * or from defaults. Two first launches at once create it once. Refused when the session has no resource link,
     * or when the activity was made in another course (a platform reusing a resource link id).
     */
    public Activity forSession(StudySession session) {
        if (session.resourceLinkId() == null) {
            throw new ActivityRefused(409, ActivityRefused.NO_RESOURCE_LINK);
        }
        Optional<Activity> found = existing(session);
        if (found.isPresent()) {
            return found.get();
        }
        // A deck named in the custom parameters counts only when this platform may use it (issue 17, finding 4).
        Predicate<String> deckExists = deckId -> decks.find(deckId, DeckUser.platform(session.platformId())).isPresent();
        ActivitySettings settings = FirstLaunchSettings.of(session, deckExists);
        boolean configured = FirstLaunchSettings.cameFromDeepLinking(session, deckExists);
        try {
            insert(session, settings, configured);
        } catch (StoreException raced) {
            // Another instance created it first (unique platform, resource link, deployment): use that one.
        }
        return existing(session)
                .orElseThrow(() -> new IllegalStateException("activity not stored for " + session.resourceLinkId()));
    }

    /**
     * The id of the session's activity, created on its first launch: what a launch needs to note the
     * learner. Ids never change while the activity exists (it goes only with its platform, whose new
     * registration gets a new id), so they are kept in memory after the first look-up. The course is part of
     * the key: a launch from another course misses and meets {@link #forSession}'s check (issue 17, finding 6).
     */
    public long idFor(StudySession session) {
        String key = session.platformId() + "\n" + session.deploymentId() + "\n" + session.resourceLinkId()
                + "\n" + session.contextId();
        Long id = ids.get(key);
        if (id == null) {
            id = forSession(session).id();
            if (ids.size() >= MAX_CACHED_IDS) {
                ids.clear();
            }
            ids.put(key, id);
        }
        return id;
    }

    /** Enough for every activity of a busy instance's day; the map is emptied when full. */
    private static final int MAX_CACHED_IDS = 50_000;

    private final Map<String, Long> ids = new ConcurrentHashMap<>();

    /** The activity of the session's resource link, if its first launch created one (never creates it). */
    public Optional<Activity> existing(StudySession session) {
        if (session.resourceLinkId() == null) {
            return Optional.empty();
        }
        // One query: this deployment's row, or a row older than deployments in the key (V17_3) to claim.
        List<Stored> rows = sql.list("SELECT * FROM activity WHERE platform_id = ? AND resource_link_id = ?"
                        + " AND (deployment_id = ? OR deployment_id IS NULL) ORDER BY deployment_id NULLS LAST",
                Activities::stored, session.platformId(), session.resourceLinkId(), session.deploymentId());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Stored row = rows.get(0);
        if (row.deploymentId() == null || (row.contextId() == null && session.contextId() != null)) {
            claim(row.activity().id(), session);
            row = sql.one("SELECT * FROM activity WHERE id = ?", Activities::stored, row.activity().id()).orElseThrow();
            if (!session.deploymentId().equals(row.deploymentId())) {
                return Optional.empty(); // claimed by another deployment meanwhile: this one makes its own
            }
        }
        if (row.contextId() != null && !row.contextId().equals(session.contextId())) {
            throw new ActivityRefused(409, ActivityRefused.OTHER_COURSE);
        }
        return Optional.of(row.activity());
    }

    /** A row older than V17_3, or made without a course: takes this session's deployment and course, once. */
    private void claim(long id, StudySession session) {
        sql.update("UPDATE activity SET deployment_id = COALESCE(deployment_id, ?), context_id = COALESCE(context_id, ?)"
                + " WHERE id = ? AND (deployment_id IS NULL OR context_id IS NULL)", session.deploymentId(),
                session.contextId(), id);
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
                        + " show_answers = ?, send_progress = ?, configured = ?, desired_retention = ?, graded_mode = ?,"
                        + " updated_at = ? WHERE id = ?",
                s.title(), s.deckId(), deckVersion, StudyMode.toList(s.modes()), s.points(), s.attemptsAllowed(),
                s.attemptPolicy().name(), s.passPercent(), s.shuffleQuestions(), s.showAnswers().name(),
                s.sendProgress(), true, s.modeSettings().desiredRetention(), s.modeSettings().gradedMode().code(),
                Instant.now(), id);
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

    private void insert(StudySession session, ActivitySettings s, boolean configured) {
        Instant now = Instant.now();
        // An uploaded deck is pinned to its current version: later uploads and retirement leave this activity as it is.
        Integer deckVersion = decks.currentVersion(s.deckId()).orElse(null);
        sql.update("INSERT INTO activity (platform_id, deployment_id, context_id, resource_link_id, title, deck_id,"
                        + " deck_version, modes, points, attempts_allowed, attempt_policy, pass_percent, shuffle_questions,"
                        + " show_answers, send_progress, configured, desired_retention, graded_mode, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                session.platformId(), session.deploymentId(), session.contextId(), session.resourceLinkId(), s.title(), s.deckId(), deckVersion, StudyMode.toList(s.modes()), s.points(),
                s.attemptsAllowed(), s.attemptPolicy().name(), s.passPercent(), s.shuffleQuestions(),
                s.showAnswers().name(), s.sendProgress(), configured, s.modeSettings().desiredRetention(),
                s.modeSettings().gradedMode().code(), now, now);
    }

    /** A row with the deployment and course it belongs to. */
    private record Stored(Activity activity, String deploymentId, String contextId) {
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        return new Stored(row(rs), rs.getString("deployment_id"), rs.getString("context_id"));
    }

    private static Activity row(ResultSet rs) throws SQLException {
        return new Activity(rs.getLong("id"), rs.getLong("platform_id"), rs.getString("resource_link_id"),
                rs.getString("title"), rs.getString("deck_id"), Sql.integerOrNull(rs, "deck_version"),
                StudyMode.parseList(rs.getString("modes")).orElseThrow(),
                Sql.integerOrNull(rs, "points"), Sql.integerOrNull(rs, "attempts_allowed"),
                AttemptPolicy.valueOf(rs.getString("attempt_policy")), rs.getInt("pass_percent"),
                rs.getBoolean("shuffle_questions"), ShowAnswers.valueOf(rs.getString("show_answers")),
                rs.getBoolean("send_progress"), rs.getBoolean("configured"),
                new ModeSettings(rs.getDouble("desired_retention"), StudyMode.fromCode(rs.getString("graded_mode"))
                        .orElse(StudyMode.QUIZ)));
    }
}
