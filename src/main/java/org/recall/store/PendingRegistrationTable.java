package org.recall.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Dynamic registrations waiting for the admin's confirmation: the fetched OpenID configuration and the
 * platform's registration token, keyed by a random id (never in a cookie, never in the page), used once.
 */
@ApplicationScoped
public class PendingRegistrationTable {

    /** Time for an admin to read the page and press the button. */
    public static final Duration LIFETIME = Duration.ofMinutes(30);

    /**
     * What was stored at the show step.
     *
     * @param linkHash the hash of the registration link it was started from, or null (then it waits for approval)
     */
    public record Pending(String configurationUrl, String configuration, String registrationToken, String linkHash) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private Sql sql;

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /** Stores a pending registration and returns its random id. */
    public String add(String configurationUrl, String configuration, String registrationToken, String linkHash) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        sql.update("DELETE FROM pending_registration WHERE expires_at < ?", now);
        sql.update("INSERT INTO pending_registration (id, configuration_url, configuration, registration_token, link_hash,"
                + " expires_at) VALUES (?, ?, ?, ?, ?, ?)", id, configurationUrl, configuration, registrationToken, linkHash,
                now.plus(LIFETIME));
        return id;
    }

    /** Removes and returns the pending registration; empty when unknown, expired or already taken. */
    public Optional<Pending> take(String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return Optional.empty();
        }
        return sql.inTransaction(c -> {
            var rows = Sql.list(c, "SELECT configuration_url, configuration, registration_token, link_hash, expires_at"
                    + " FROM pending_registration WHERE id = ?", rs -> Sql.instant(rs, "expires_at").isAfter(Instant.now())
                    ? Optional.of(new Pending(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                    : Optional.<Pending>empty(), id);
            if (rows.isEmpty() || Sql.update(c, "DELETE FROM pending_registration WHERE id = ?", id) != 1) {
                return Optional.<Pending>empty();
            }
            return rows.get(0);
        });
    }
}
