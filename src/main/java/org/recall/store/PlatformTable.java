package org.recall.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.recall.lti.Platform;
import org.recall.lti.PlatformRegistry;

/** The platform registry in the database: registrations (issuer, client id) and their deployments. */
@ApplicationScoped
public class PlatformTable implements PlatformRegistry {

    private static final String COLUMNS =
            "id, issuer, client_id, authorization_endpoint, token_endpoint, jwks_uri, status";
    static final String ACTIVE = "ACTIVE";
    static final String PENDING = "PENDING";

    /** Bumped in the transaction of every change to registrations or deployments ({@link CachedPlatforms}). */
    private static final String CHANGED = "UPDATE registry_version SET version = version + 1 WHERE id = 1";

    private Sql sql;
    private final AtomicLong localChanges = new AtomicLong();
    private final Map<Long, Long> launchRecordedAt = new ConcurrentHashMap<>();

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    @Override
    public Optional<Platform> find(String issuer, String clientIdOrNull) {
        List<Platform> matches = clientIdOrNull == null
                ? sql.inConnection(c -> withDeployments(c, Sql.list(c,
                        "SELECT " + COLUMNS + " FROM platform WHERE issuer = ?", PlatformTable::row, issuer)))
                : sql.inConnection(c -> withDeployments(c, Sql.list(c,
                        "SELECT " + COLUMNS + " FROM platform WHERE issuer = ? AND client_id = ?",
                        PlatformTable::row, issuer, clientIdOrNull)));
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    @Override
    public Optional<Platform> byId(long id) {
        return sql.inConnection(c -> withDeployments(c, Sql.list(c,
                "SELECT " + COLUMNS + " FROM platform WHERE id = ?", PlatformTable::row, id))).stream().findFirst();
    }

    public List<Platform> all() {
        return sql.inConnection(c -> withDeployments(c, Sql.list(c,
                "SELECT " + COLUMNS + " FROM platform ORDER BY id", PlatformTable::row)));
    }

    /** Stores a new registration with its deployments, in one transaction; returns it with its id. */
    public Platform add(Platform platform) {
        return changing(c -> {
            long id = Sql.insert(c, "INSERT INTO platform (issuer, client_id, authorization_endpoint, token_endpoint,"
                            + " jwks_uri, created_at) VALUES (?, ?, ?, ?, ?, ?)", "id",
                    platform.issuer(), platform.clientId(), platform.authorizationEndpoint().toString(),
                    String.valueOf(platform.tokenEndpoint()), platform.jwksUri().toString(), Instant.now());
            for (String deployment : platform.deploymentIds()) {
                Sql.update(c, "INSERT INTO deployment (platform_id, deployment_id) VALUES (?, ?)", id, deployment);
            }
            changed(c);
            return new Platform(id, platform.issuer(), platform.clientId(), platform.authorizationEndpoint(),
                    platform.tokenEndpoint(), platform.jwksUri(), platform.deploymentIds());
        });
    }

    /**
     * Stores what a dynamic registration returned, in one transaction: a new registration with its deployment,
     * active or waiting for an administrator's approval. Never changes a registration that exists (LTI DR 1.0
     * gives no authority over one): empty when (issuer, client id) is taken, and nothing is stored.
     */
    public Optional<Platform> addDynamic(Platform platform) {
        try {
            long id = changing(c -> {
                if (!Sql.list(c, "SELECT id FROM platform WHERE issuer = ? AND client_id = ?", rs -> rs.getLong(1),
                        platform.issuer(), platform.clientId()).isEmpty()) {
                    return -1L;
                }
                long platformId = Sql.insert(c, "INSERT INTO platform (issuer, client_id, authorization_endpoint,"
                                + " token_endpoint, jwks_uri, created_at, status) VALUES (?, ?, ?, ?, ?, ?, ?)", "id",
                        platform.issuer(), platform.clientId(), platform.authorizationEndpoint().toString(),
                        String.valueOf(platform.tokenEndpoint()), platform.jwksUri().toString(), Instant.now(),
                        platform.active() ? ACTIVE : PENDING);
                for (String deployment : platform.deploymentIds()) {
                    Sql.update(c, "INSERT INTO deployment (platform_id, deployment_id) VALUES (?, ?)", platformId, deployment);
                }
                changed(c);
                return platformId;
            });
            return id < 0 ? Optional.empty() : byId(id);
        } catch (StoreException raced) {
            // The unique (issuer, client id) refused a concurrent twin: the first one stands, unchanged.
            if (exists(platform.issuer(), platform.clientId())) {
                return Optional.empty();
            }
            throw raced;
        }
    }

    /** Lets a pending registration launch; false when there is no such platform or it was active already. */
    public boolean approve(long id) {
        return changing(c -> Sql.update(c, "UPDATE platform SET status = ? WHERE id = ? AND status = ?",
                ACTIVE, id, PENDING) == 1 && changed(c));
    }

    /** How many dynamic registrations wait for approval. */
    public int pendingCount() {
        return sql.one("SELECT COUNT(*) FROM platform WHERE status = ?", rs -> rs.getInt(1), PENDING).orElse(0);
    }

    public boolean exists(String issuer, String clientId) {
        return sql.one("SELECT id FROM platform WHERE issuer = ? AND client_id = ?", rs -> rs.getLong(1),
                issuer, clientId).isPresent();
    }

    public void addDeployment(long platformId, String deploymentId) {
        changing(c -> {
            Sql.update(c, "INSERT INTO deployment (platform_id, deployment_id) VALUES (?, ?)", platformId, deploymentId);
            return changed(c);
        });
    }

    /** Adds a deployment to a platform unless it is there already; false when it was (nothing changes). */
    public boolean addDeploymentIfAbsent(long platformId, String deploymentId) {
        return changing(c -> {
            if (!Sql.list(c, "SELECT deployment_id FROM deployment WHERE platform_id = ? AND deployment_id = ?",
                    rs -> rs.getString(1), platformId, deploymentId).isEmpty()) {
                return false;
            }
            Sql.update(c, "INSERT INTO deployment (platform_id, deployment_id) VALUES (?, ?)", platformId, deploymentId);
            return changed(c);
        });
    }

    /** Removes one deployment of a platform; false when the platform has no such deployment. */
    public boolean removeDeployment(long platformId, String deploymentId) {
        return changing(c -> Sql.update(c, "DELETE FROM deployment WHERE platform_id = ? AND deployment_id = ?",
                platformId, deploymentId) == 1 && changed(c));
    }

    /** Removes a registration; its deployments, login states and sessions go with it. */
    public boolean delete(long id) {
        return changing(c -> {
            Sql.update(c, "DELETE FROM deployment WHERE platform_id = ?", id);
            return Sql.update(c, "DELETE FROM platform WHERE id = ?", id) == 1 && changed(c);
        });
    }

    /**
     * Notes a successful launch for the admin page. At most once a minute per platform: every launch of a
     * platform would otherwise update (and lock) the same row, a queue for thousands of students at once.
     */
    public void recordLaunch(long id, Instant when) {
        long now = System.nanoTime();
        Long last = launchRecordedAt.get(id);
        if (last != null && now - last < TimeUnit.SECONDS.toNanos(60)) {
            return; // this instance wrote it less than a minute ago: no statement at all
        }
        launchRecordedAt.put(id, now);
        sql.update("UPDATE platform SET last_launch_at = ? WHERE id = ? AND (last_launch_at IS NULL OR last_launch_at < ?)",
                when, id, when.minusSeconds(60));
    }

    public Optional<Instant> lastLaunch(long id) {
        return sql.one("SELECT last_launch_at FROM platform WHERE id = ?", rs -> Sql.instant(rs, "last_launch_at"), id);
    }

    /** The registry's version in the database: changes with every registration or deployment change. */
    public long version() {
        return sql.one("SELECT version FROM registry_version WHERE id = 1", rs -> rs.getLong(1)).orElse(0L);
    }

    /** Counts this instance's changes, so that its own cache reloads at once, without waiting for the version check. */
    long localChanges() {
        return localChanges.get();
    }

    /** Marks a change in the transaction {@code c}; answers true, for use in boolean returns. */
    private static boolean changed(Connection c) throws SQLException {
        Sql.update(c, CHANGED);
        return true;
    }

    /** A change to the registry in one transaction; this instance's cache learns of it once committed. */
    private <T> T changing(Sql.Work<T> work) {
        try {
            return sql.inTransaction(work);
        } finally {
            localChanges.incrementAndGet();
        }
    }

    private static List<Platform> withDeployments(Connection c, List<Platform> platforms) throws SQLException {
        var complete = new java.util.ArrayList<Platform>(platforms.size());
        for (Platform p : platforms) {
            Set<String> deployments = new HashSet<>(Sql.list(c,
                    "SELECT deployment_id FROM deployment WHERE platform_id = ?", rs -> rs.getString(1), p.id()));
            complete.add(new Platform(p.id(), p.issuer(), p.clientId(), p.authorizationEndpoint(),
                    p.tokenEndpoint(), p.jwksUri(), deployments, p.active()));
        }
        return complete;
    }

    private static Platform row(ResultSet rs) throws SQLException {
        String token = rs.getString("token_endpoint");
        return new Platform(rs.getLong("id"), rs.getString("issuer"), rs.getString("client_id"),
                URI.create(rs.getString("authorization_endpoint")), token == null ? null : URI.create(token),
                URI.create(rs.getString("jwks_uri")), Set.of(), ACTIVE.equals(rs.getString("status")));
    }
}
