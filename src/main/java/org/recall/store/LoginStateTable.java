package org.recall.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.recall.json.Json;
import org.recall.lti.login.LoginState;
import org.recall.lti.login.LoginStateStore;

/**
 * Login states in the database, so that login initiation and launch may reach different instances.
 * {@link #consume} deletes the row and reads it in one statement: of two launches racing with the same
 * state, only the one whose DELETE removed the row goes on (the nonce is used once). The row also keeps
 * the platform's login request, so that a launch whose browser could not prove its state may be started
 * again in a new window, where cookies work.
 */
@ApplicationScoped
public class LoginStateTable implements LoginStateStore {

    private static final String COLUMNS = "state, nonce, platform_id, target_link_uri, expires_at, storage_proof";

    private Sql sql;
    private String consume;

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
        this.consume = Dialect.of(dataSource).deleteReturning("login_state", "state = ?", COLUMNS);
    }

    @Override
    public void save(LoginState s) {
        save(s, null);
    }

    /** The login_request column's size (V13_1). */
    static final int MAX_LOGIN_REQUEST = 8000;

    @Override
    public void save(LoginState s, Map<String, String> loginRequest) {
        String request = null;
        if (loginRequest != null) {
            var json = Json.createObjectBuilder();
            loginRequest.forEach(json::add);
            request = json.build().toString();
            if (request.length() > MAX_LOGIN_REQUEST) {
                request = null; // too long to keep (escaped characters grow): no new-window retry for this login
            }
        }
        sql.update("INSERT INTO login_state (" + COLUMNS + ", login_request) VALUES (?, ?, ?, ?, ?, ?, ?)",
                s.state(), s.nonce(), s.platformId(), String.valueOf(s.targetLinkUri()), s.expiresAt(), s.storageProof(),
                request);
    }

    @Override
    public Optional<LoginState> consume(String state) {
        return sql.one(consume, rs -> new LoginState(rs.getString("state"), rs.getString("nonce"),
                rs.getLong("platform_id"), URI.create(rs.getString("target_link_uri")), Sql.instant(rs, "expires_at"),
                rs.getString("storage_proof")), state)
                .filter(loginState -> !loginState.isExpiredAt(Instant.now()));
    }

    /** The login request a live (unused, unexpired) state was issued for. */
    public Optional<Map<String, String>> loginRequest(String state) {
        return sql.one("SELECT login_request, expires_at FROM login_state WHERE state = ?", rs -> {
            String request = rs.getString("login_request");
            if (request == null || !Instant.now().isBefore(Sql.instant(rs, "expires_at"))) {
                return null;
            }
            try (var reader = Json.createReader(new StringReader(request))) {
                var parameters = new LinkedHashMap<String, String>();
                reader.readObject().forEach((k, v) -> parameters.put(k, ((JsonString) v).getString()));
                return parameters;
            }
        }, state).map(p -> (Map<String, String>) p);
    }

    /** Drops states whose launch never came. */
    public int purgeExpired(Instant now) {
        return sql.update("DELETE FROM login_state WHERE expires_at < ?", now);
    }
}
