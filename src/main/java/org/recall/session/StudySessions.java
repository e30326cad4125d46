package org.recall.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.recall.json.Json;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.recall.lti.claims.Role;
import org.recall.lti.launch.Launch;
import org.recall.store.Sql;

/**
 * Opens and finds study sessions. The token is 256 random bits handed to the browser once; the
 * database keeps only its SHA-256, so a leaked table opens no session.
 */
@ApplicationScoped
public class StudySessions {

    /** Long enough for a study visit and a quiz, short enough that a leaked token soon dies. */
    public static final Duration LIFETIME = Duration.ofHours(3);

    private static final SecureRandom RANDOM = new SecureRandom();

    private Sql sql;

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /** A session just opened: the bearer token (handed to the browser once) and what was stored. */
    public record Opened(String token, StudySession session) {
    }

    /** Stores a session for the launch and returns its bearer token. */
    public String open(Launch launch) {
        return openSession(launch).token();
    }

    /** Stores a session for the launch; answers the token and the session, so nothing need be read back. */
    public Opened openSession(Launch launch) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        String hash = hash(token);
        Set<Role> roles = launch.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(launch.roles());
        JsonObject record = LaunchRecord.of(launch);
        var session = new StudySession(hash, launch.platform().id(), launch.deploymentId(), launch.subject(), roles,
                launch.resourceLink().map(r -> r.id()).orElse(null), launch.context().map(c -> c.id()).orElse(null),
                record, now.plus(LIFETIME));
        sql.update("INSERT INTO study_session (token_hash, platform_id, deployment_id, user_sub, roles,"
                        + " resource_link_id, context_id, launch, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                hash, session.platformId(), session.deploymentId(), session.userSub(),
                roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                session.resourceLinkId(), session.contextId(), record.toString(), now, session.expiresAt());
        return new Opened(token, session);
    }

    /** The live session the token opens; empty when unknown or expired. */
    public Optional<StudySession> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return sql.one("SELECT * FROM study_session WHERE token_hash = ?", StudySessions::row, hash(token))
                .filter(s -> !s.isExpiredAt(Instant.now()));
    }

    public int purgeExpired(Instant now) {
        return sql.update("DELETE FROM study_session WHERE expires_at < ?", now);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StudySession row(ResultSet rs) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : rs.getString("roles").split(",")) {
            if (!role.isBlank()) {
                roles.add(Role.valueOf(role));
            }
        }
        try (var reader = Json.createReader(new StringReader(rs.getString("launch")))) {
            return new StudySession(rs.getString("token_hash"), rs.getLong("platform_id"),
                    rs.getString("deployment_id"), rs.getString("user_sub"), roles,
                    rs.getString("resource_link_id"), rs.getString("context_id"), reader.readObject(),
                    Sql.instant(rs, "expires_at"));
        }
    }
}
