package org.recall.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recall.lti.login.LoginState;

/** Login states in the database: used once, refused once expired, purged when their launch never came. */
class LoginStateTableTest {

    private final LoginStateTable states = new LoginStateTable();
    private long platformId;

    @BeforeEach
    void database() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:states-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        states.init(dataSource);
        platformId = new Sql(dataSource).inConnection(c -> Sql.insert(c, "INSERT INTO platform (issuer, client_id,"
                + " authorization_endpoint, token_endpoint, jwks_uri, created_at) VALUES ('i', 'c', 'a', 't', 'j', ?)",
                "id", Instant.now()));
    }

    private LoginState state(String state, Instant expiresAt) {
        return new LoginState(state, "nonce-" + state, platformId, URI.create("https://recall.example/lti/launch"), expiresAt);
    }

    @Test
    void aStateIsConsumedOnce() {
        states.save(state("s1", Instant.now().plusSeconds(600)));
        assertEquals("nonce-s1", states.consume("s1").orElseThrow().nonce());
        assertTrue(states.consume("s1").isEmpty(), "a second launch with the same state is a replay");
    }

    @Test
    void theLoginRequestLivesWithItsStateAndGoesWithIt() {
        states.save(state("s2", Instant.now().plusSeconds(600)), Map.of("iss", "https://lms.example", "login_hint", "7"));
        assertEquals(Map.of("iss", "https://lms.example", "login_hint", "7"), states.loginRequest("s2").orElseThrow());
        assertTrue(states.consume("s2").isPresent());
        assertTrue(states.loginRequest("s2").isEmpty(), "a used state cannot start its login again");
        states.save(state("s3", Instant.now().minusSeconds(1)), Map.of("iss", "https://lms.example"));
        assertTrue(states.loginRequest("s3").isEmpty(), "an expired state cannot start its login again");
    }

    @Test
    void anExpiredStateIsRefusedAndPurged() {
        states.save(state("old", Instant.now().minusSeconds(1)));
        states.save(state("new", Instant.now().plusSeconds(600)));
        assertEquals(1, states.purgeExpired(Instant.now()));
        assertTrue(states.consume("old").isEmpty());
        assertTrue(states.consume("new").isPresent());

        states.save(state("late", Instant.now().minusSeconds(1)));
        assertTrue(states.consume("late").isEmpty(), "an expired state opens no launch even before the purge");
    }
}
