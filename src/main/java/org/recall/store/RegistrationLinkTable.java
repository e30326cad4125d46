package org.recall.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * One-time registration links: an administrator creates one, hands it to a platform's administrator, and
 * the dynamic registration started from it is active at once. The link's secret (256 random bits) is
 * shown once; only its SHA-256 is stored. A link is spent by the registration it completes, and expires.
 */
@ApplicationScoped
public class RegistrationLinkTable {

    /** A link as the admin page lists it (never its secret). */
    public record Link(long id, String label, boolean allowOtherOrigins, Instant createdAt, Instant expiresAt,
            Instant usedAt, Long platformId) {

        public boolean isLiveAt(Instant now) {
            return usedAt == null && now.isBefore(expiresAt);
        }
    }

    /** A new link: its secret, given out once. */
    public record Created(Link link, String secret) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "id, label, allow_other_origins, created_at, expires_at, used_at, platform_id";

    private Sql sql;

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    public Created create(String label, boolean allowOtherOrigins, Duration lifetime) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        long id = sql.inTransaction(c -> Sql.insert(c, "INSERT INTO registration_link (secret_hash, label,"
                        + " allow_other_origins, created_at, expires_at) VALUES (?, ?, ?, ?, ?)", "id",
                hash(secret), label, allowOtherOrigins, now, now.plus(lifetime)));
        return new Created(new Link(id, label, allowOtherOrigins, now, now.plus(lifetime), null, null), secret);
    }

    /** Every link, newest first. */
    public List<Link> all() {
        return sql.list("SELECT " + COLUMNS + " FROM registration_link ORDER BY id DESC", RegistrationLinkTable::row);
    }

    /** The live link (not used, not expired) whose secret this is. */
    public Optional<Link> live(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return sql.one("SELECT " + COLUMNS + " FROM registration_link WHERE secret_hash = ?", RegistrationLinkTable::row,
                hash(secret)).filter(link -> link.isLiveAt(Instant.now()));
    }

    /** The link by the hash a pending registration keeps, live or not. */
    public Optional<Link> byHash(String secretHash) {
        return sql.one("SELECT " + COLUMNS + " FROM registration_link WHERE secret_hash = ?", RegistrationLinkTable::row,
                secretHash);
    }

    /** Spends the link for one registration; false when it is used, expired or gone (of two at once, one wins). */
    public boolean claim(String secretHash) {
        Instant now = Instant.now();
        return sql.update("UPDATE registration_link SET used_at = ? WHERE secret_hash = ? AND used_at IS NULL"
                + " AND expires_at > ?", now, secretHash, now) == 1;
    }

    /** Gives a claimed link back when its registration failed before anything was stored. */
    public void release(String secretHash) {
        sql.update("UPDATE registration_link SET used_at = NULL WHERE secret_hash = ? AND platform_id IS NULL", secretHash);
    }

    /** Records the platform the link registered. */
    public void spentOn(String secretHash, long platformId) {
        sql.update("UPDATE registration_link SET platform_id = ? WHERE secret_hash = ?", platformId, secretHash);
    }

    public boolean delete(long id) {
        return sql.update("DELETE FROM registration_link WHERE id = ?", id) == 1;
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Link row(ResultSet rs) throws SQLException {
        return new Link(rs.getLong("id"), rs.getString("label"), rs.getBoolean("allow_other_origins"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "expires_at"), Sql.instant(rs, "used_at"),
                Sql.longOrNull(rs, "platform_id"));
    }
}
