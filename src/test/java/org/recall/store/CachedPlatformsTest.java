package org.recall.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recall.lti.Platform;

/**
 * Registrations served from memory: a change on this instance is seen by its next look-up, a change on
 * another instance (another PlatformTable on the same database) within about a second.
 */
class CachedPlatformsTest {

    private final PlatformTable here = new PlatformTable();
    private final PlatformTable elsewhere = new PlatformTable();
    private final CachedPlatforms cache = new CachedPlatforms();

    @BeforeEach
    void database() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:platforms-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        here.init(dataSource);
        elsewhere.init(dataSource);
        cache.table = here;
    }

    private static Platform platform(String issuer, String... deployments) {
        return new Platform(0, issuer, "client", URI.create("https://lms.example/auth"), URI.create("https://lms.example/token"),
                URI.create("https://lms.example/jwks"), Set.of(deployments));
    }

    @Test
    void aChangeOnThisInstanceIsSeenAtOnce() {
        assertTrue(cache.find("https://a.example", "client").isEmpty());
        Platform added = here.add(platform("https://a.example", "1"));
        assertEquals(added, cache.find("https://a.example", "client").orElseThrow());
        assertEquals(added, cache.find("https://a.example", null).orElseThrow(), "the issuer's only registration");
        here.addDeployment(added.id(), "2");
        assertTrue(cache.byId(added.id()).orElseThrow().hasDeployment("2"));
        here.removeDeployment(added.id(), "1");
        assertTrue(!cache.byId(added.id()).orElseThrow().hasDeployment("1"), "a removed deployment launches no more");
        here.delete(added.id());
        assertTrue(cache.byId(added.id()).isEmpty(), "a removed platform launches no more");
    }

    @Test
    void aChangeOnAnotherInstanceIsSeenWithinAboutASecond() throws InterruptedException {
        Platform added = here.add(platform("https://b.example", "1"));
        assertTrue(cache.byId(added.id()).isPresent());
        elsewhere.delete(added.id());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        long start = System.nanoTime();
        while (cache.byId(added.id()).isPresent() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        long waited = (System.nanoTime() - start) / 1_000_000;
        assertTrue(cache.byId(added.id()).isEmpty(), "the removal on another instance must reach this one");
        assertTrue(waited < 2500, "seen after " + waited + " ms; the version row is read once a second");
    }
}
