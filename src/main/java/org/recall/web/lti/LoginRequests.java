package org.recall.web.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.recall.json.Json;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.recall.lti.login.LoginInitiation;
import org.recall.store.Sql;

/**
 * Remembers the parameters of each login initiation for as long as its state lives, so that a launch
 * whose browser could not prove its state may be started again in a new window, where cookies work.
 */
@ApplicationScoped
public class LoginRequests {

    private Sql sql;

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /** The parameters column's size: a login whose parameters do not fit is not remembered (no new-window retry). */
    static final int MAX_PARAMETERS = 8000;

    void remember(String state, Map<String, String> parameters) {
        var json = Json.createObjectBuilder();
        parameters.forEach(json::add);
        String text = json.build().toString();
        if (text.length() > MAX_PARAMETERS) {
            return;
        }
        sql.update("INSERT INTO login_request (state, parameters, expires_at) VALUES (?, ?, ?)",
                state, text, Instant.now().plus(LoginInitiation.STATE_LIFETIME));
    }

    Optional<Map<String, String>> find(String state) {
        return sql.one("SELECT parameters, expires_at FROM login_request WHERE state = ?", rs -> {
            if (!Instant.now().isBefore(Sql.instant(rs, "expires_at"))) {
                return null;
            }
            try (var reader = Json.createReader(new StringReader(rs.getString("parameters")))) {
                var parameters = new LinkedHashMap<String, String>();
                reader.readObject().forEach((k, v) -> parameters.put(k, ((JsonString) v).getString()));
                return parameters;
            }
        }, state).map(p -> (Map<String, String>) p);
    }

    public int purgeExpired(Instant now) {
        return sql.update("DELETE FROM login_request WHERE expires_at < ?", now);
    }
}
