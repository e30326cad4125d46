package org.recall.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.recall.lti.login.LoginState;
import org.recall.lti.login.LoginStateStore;

/**
 * Login states in the database, so that login initiation and launch may reach different instances.
 * {@link #consume} deletes the row in the same transaction that reads it: of two launches racing
 * with the same state, only the one whose DELETE removed the row goes on (the nonce is used once).
 */
@ApplicationScoped
public class LoginStateTable implements LoginStateStore {

    private Sql sql;

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    @Override
    public void save(LoginState s) {
        sql.update("INSERT INTO login_state (state, nonce, platform_id, target_link_uri, expires_at, storage_proof)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                s.state(), s.nonce(), s.platformId(), String.valueOf(s.targetLinkUri()), s.expiresAt(), s.storageProof());
    }

    @Override
    public Optional<LoginState> consume(String state) {
        return sql.inTransaction(c -> {
            var found = Sql.list(c, "SELECT state, nonce, platform_id, target_link_uri, expires_at, storage_proof"
                    + " FROM login_state WHERE state = ?", rs -> new LoginState(rs.getString("state"),
                    rs.getString("nonce"), rs.getLong("platform_id"), URI.create(rs.getString("target_link_uri")),
                    Sql.instant(rs, "expires_at"), rs.getString("storage_proof")), state);
            if (found.isEmpty() || Sql.update(c, "DELETE FROM login_state WHERE state = ?", state) != 1) {
                return Optional.<LoginState>empty();
            }
            LoginState loginState = found.get(0);
            return loginState.isExpiredAt(Instant.now()) ? Optional.<LoginState>empty() : Optional.of(loginState);
        });
    }

    /** Drops states whose launch never came. */
    public int purgeExpired(Instant now) {
        return sql.update("DELETE FROM login_state WHERE expires_at < ?", now);
    }
}
