package org.recall.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recall.lti.ags.AgsClient;
import org.recall.lti.ags.AgsScope;
import org.recall.lti.http.ServiceOrigins;
import org.recall.store.Sql;
import org.recall.testplatform.AgsEndpoints;
import org.recall.testplatform.TestPlatform;

/** Delivery against a test platform, on an H2 in-memory database migrated by the real scripts. */
class GradeDeliveryTest {

    static final Set<String> SCOPES = Set.of(AgsScope.LINEITEM, AgsScope.SCORE, AgsScope.RESULT_READONLY);
    static RSAKey toolKey;

    TestPlatform lms;
    AgsEndpoints ags;
    Sql sql;
    long platformId;
    long activityId;
    Instant base = Instant.now().minusSeconds(3600);

    @BeforeAll
    static void key() throws Exception {
        toolKey = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                .keyIDFromThumbprint(true).generate();
    }

    @BeforeEach
    void setUp() {
        var ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:grades-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        sql = new Sql(ds);
        lms = new TestPlatform();
        ags = new AgsEndpoints(lms, kid -> toolKey.toPublicJWK());
        platformId = sql.inConnection(c -> Sql.insert(c, "INSERT INTO platform (issuer, client_id, authorization_endpoint,"
                + " token_endpoint, jwks_uri, created_at) VALUES (?, ?, ?, ?, ?, ?)", "id", TestPlatform.ISSUER,
                TestPlatform.CLIENT_ID, "x", lms.uri("/token").toString(), "x", Instant.now()));
        activityId = sql.inConnection(c -> Sql.insert(c, "INSERT INTO activity (platform_id, resource_link_id, title,"
                + " deck_id, modes, points, attempt_policy, pass_percent, shuffle_questions, show_answers, send_progress,"
                + " configured, created_at, updated_at) VALUES (?, 'link-1', 'MLOps quiz', 'mlops-vs-devops', 'quiz', 10,"
                + " 'HIGHEST', 50, FALSE, 'AFTER_SUBMIT', FALSE, TRUE, ?, ?)", "id", platformId, Instant.now(), Instant.now()));
    }

    @AfterEach
    void tearDown() {
        lms.close();
    }

    GradeDelivery worker() {
        var client = new AgsClient(() -> toolKey, Duration.ofSeconds(3), Duration.ofSeconds(2), Clock.systemUTC(),
                ServiceOrigins.defaults(true));
        var backoff = new Backoff(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofHours(24), new Random());
        return new GradeDelivery(sql, client, id -> Optional.of(lms.platform()), backoff, Clock.systemUTC());
    }

    long enqueue(String user, double given, String lineItem, int secondsLater) {
        var score = new PendingScore(platformId, activityId, user, lineItem, lineItem == null ? ags.lineItemsUrl() : null,
                SCOPES, given, 10.0, "Completed", "FullyGraded", "Quiz", base.plusSeconds(secondsLater));
        return sql.inTransaction(c -> new GradeOutbox().enqueue(c, score));
    }

    OutboxRow row(long id) {
        return new OutboxStore(sql).byId(id).orElseThrow();
    }

    void deliverAll(GradeDelivery... workers) throws Exception {
        var pool = Executors.newFixedThreadPool(workers.length);
        var tasks = new java.util.ArrayList<Callable<Void>>();
        for (GradeDelivery w : workers) {
            tasks.add(() -> {
                long until = System.currentTimeMillis() + 20_000;
                while (System.currentTimeMillis() < until && pending() > 0) {
                    w.deliverDue(5);
                    Thread.sleep(5);
                }
                return null;
            });
        }
        for (var f : pool.invokeAll(tasks)) {
            f.get();
        }
        pool.shutdown();
    }

    long pending() {
        return sql.one("SELECT COUNT(*) FROM grade_outbox WHERE status = 'PENDING'", rs -> rs.getLong(1)).orElseThrow();
    }

    @Test
    void twoWorkersRacingDeliverEachRowOnce() throws Exception {
        String lineItem = ags.addLineItem("MLOps quiz", 10, "link-1", null, null);
        for (int i = 0; i < 40; i++) {
            enqueue("user-" + i, i % 10, lineItem, 0);
        }
        deliverAll(worker(), worker());
        assertEquals(40, ags.scores().size());
        Set<Object> users = new HashSet<>();
        for (var post : ags.scores()) {
            users.add(JSONObjectUtils.parse(post.body()).get("userId"));
        }
        assertEquals(40, users.size());
        assertEquals(40L, sql.one("SELECT COUNT(*) FROM grade_outbox WHERE status = 'DELIVERED' AND delivered_at IS NOT NULL",
                rs -> rs.getLong(1)).orElseThrow());
    }

    @Test
    void concurrentFirstSubmissionsCreateTheLineItemOnce() throws Exception {
        for (int i = 0; i < 12; i++) {
            enqueue("user-" + i, 5, null, 0);
        }
        deliverAll(worker(), worker(), worker());
        assertEquals(1, ags.lineItemCreations().size());
        assertEquals(12, ags.scores().size());
        assertTrue(ags.scores().stream().allMatch(p -> p.path().equals("/lineitems/1/lineitem/scores")));
        var stored = sql.one("SELECT lineitem_url FROM activity_line_item WHERE activity_id = ?", rs -> rs.getString(1),
                activityId).orElseThrow();
        assertEquals(lms.uri("/lineitems/1/lineitem") + "?type_id=1", stored);
    }

    @Test
    void anExistingLineItemIsFoundNotCreated() throws Exception {
        ags.addLineItem("Another", 5, "link-0", null, null);
        ags.addLineItem("MLOps quiz", 10, "link-1", null, null);
        enqueue("u1", 5, null, 0);
        deliverAll(worker());
        assertEquals(0, ags.lineItemCreations().size());
        assertEquals("/lineitems/2/lineitem/scores", ags.scores().get(0).path());
    }

    @Test
    void badRequestFailsAtOnceWithAReasonButNotThePlatformsAnswer() throws Exception {
        String lineItem = ags.addLineItem("MLOps quiz", 10, "link-1", null, null);
        ags.failNext(new AgsEndpoints.Failure(400, null, Duration.ZERO, "{\"error\":\"user not enrolled\"}"));
        long id = enqueue("u1", 5, lineItem, 0);
        worker().deliverDue(10);
        OutboxRow row = row(id);
        assertEquals(OutboxStatus.FAILED, row.status());
        assertEquals(400, row.lastStatus());
        assertTrue(row.lastError().contains("HTTP 400") && row.lastError().contains(lms.uri("/").getHost()), row.lastError());
        assertFalse(row.lastError().contains("user not enrolled"), "the answer's body is never stored: " + row.lastError());
    }

    @Test
    void serverErrorsAreRetriedUntilAccepted() throws Exception {
        String lineItem = ags.addLineItem("MLOps quiz", 10, "link-1", null, null);
        ags.failNext(AgsEndpoints.Failure.status(503), AgsEndpoints.Failure.status(429), AgsEndpoints.Failure.status(500));
        long id = enqueue("u1", 5, lineItem, 0);
        GradeDelivery w = worker();
        Instant attempted = Instant.now();
        w.deliverDue(10);
        assertEquals(OutboxStatus.PENDING, row(id).status());
        assertEquals(1, row(id).attempts());
        assertEquals(503, row(id).lastStatus());
        assertTrue(row(id).nextAttemptAt().isAfter(attempted), "the next attempt is after this one");
        deliverAll(w);
        assertEquals(OutboxStatus.DELIVERED, row(id).status());
        assertEquals(1, ags.scores().size());
    }

    @Test
    void whenThePlatformAnswersAgainItsOtherWaitingScoresAreDueAtOnce() throws Exception {
        String lineItem = ags.addLineItem("MLOps quiz", 10, "link-1", null, null);
        long first = enqueue("u1", 5, lineItem, 0);
        long second = enqueue("u2", 6, lineItem, 0);
        GradeDelivery w = worker();
        ags.failNext(AgsEndpoints.Failure.status(503), AgsEndpoints.Failure.status(503));
        w.deliverDue(10);
        assertEquals(1, row(first).attempts());
        assertEquals(1, row(second).attempts());
        // The second row waits longer than the first (as after a longer outage).
        sql.update("UPDATE grade_outbox SET next_attempt_at = ? WHERE id = ?", Instant.now().plusSeconds(3600), second);
        sql.update("UPDATE grade_outbox SET next_attempt_at = ? WHERE id = ?", Instant.now().minusSeconds(1), first);

        w.deliverDue(10);
        assertEquals(OutboxStatus.DELIVERED, row(first).status());
        assertTrue(!row(second).nextAttemptAt().isAfter(Instant.now()), "the platform is back: u2's score is due now");
        w.deliverDue(10);
        assertEquals(OutboxStatus.DELIVERED, row(second).status());
    }

    @Test
    void anOlderPendingScoreIsNotSentOnceANewerOneExists() throws Exception {
        String lineItem = ags.addLineItem("MLOps quiz", 10, "link-1", null, null);
        long older = enqueue("u1", 4, lineItem, 0);
        long newer = enqueue("u1", 9, lineItem, 5);
        deliverAll(worker());
        assertEquals(OutboxStatus.SUPERSEDED, row(older).status());
        assertEquals(OutboxStatus.DELIVERED, row(newer).status());
        assertEquals(1, ags.scores().size());
        assertEquals(9.0, ((Number) JSONObjectUtils.parse(ags.scores().get(0).body()).get("scoreGiven")).doubleValue());
    }

    @Test
    void conflictForAScoreAlreadySentBeforeCountsAsDelivered() throws Exception {
        String lineItem = ags.addLineItem("MLOps quiz", 10, "link-1", null, null);
        // The first try timed out after the platform stored it; the second gets 409 (timestamp not later).
        ags.failNext(AgsEndpoints.Failure.status(503), AgsEndpoints.Failure.status(409));
        long id = enqueue("u1", 5, lineItem, 0);
        deliverAll(worker());
        assertEquals(OutboxStatus.DELIVERED, row(id).status());
        assertEquals(409, row(id).lastStatus());
    }

    @Test
    void conflictOnAFirstTryOfTheLatestScoreFails() throws Exception {
        String lineItem = ags.addLineItem("MLOps quiz", 10, "link-1", null, null);
        ags.failNext(AgsEndpoints.Failure.status(409));
        long id = enqueue("u1", 5, lineItem, 0);
        worker().deliverDue(10);
        assertEquals(OutboxStatus.FAILED, row(id).status());
    }

    /** Records what PlatformProblems logs. */
    static final class Records extends java.util.logging.Handler {
        final java.util.List<java.util.logging.LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void publish(java.util.logging.LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        long at(java.util.logging.Level level) {
            return records.stream().filter(r -> r.getLevel() == level).count();
        }
    }

    @Test
    void aRefusedTokenRequestFailsEveryScoreAtOnceAndIsLoggedOncePerCause() throws Exception {
        var log = new Records();
        var logger = java.util.logging.Logger.getLogger(PlatformProblems.class.getName());
        logger.addHandler(log);
        try {
            String lineItem = ags.addLineItem("MLOps quiz", 10, "link-1", null, null);
            ags.tokenAnswer(exchange -> {
                byte[] body = "{\"error\":\"invalid_client\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(400, body.length); // Moodle: 400, no Content-Type of its own
                exchange.getResponseBody().write(body);
            });
            var ids = new java.util.ArrayList<Long>();
            for (int i = 0; i < 5; i++) {
                ids.add(enqueue("user-" + i, 5, lineItem, 0));
            }
            GradeDelivery w = worker();
            assertEquals(5, w.deliverDue(10), "one delivery attempt each");
            for (long id : ids) {
                assertEquals(OutboxStatus.FAILED, row(id).status());
                assertEquals(400, row(id).lastStatus());
                assertTrue(row(id).lastError().contains("answered HTTP 400, invalid_client to the token request"),
                        row(id).lastError());
            }
            assertEquals(1, log.at(java.util.logging.Level.WARNING), "logged once for the platform and cause");
            var problem = w.problems().latest(platformId, PlatformProblems.GRADES).orElseThrow();
            assertEquals("token request 400", problem.cause());
            assertEquals(org.recall.lti.http.ServiceException.Kind.CONFIGURATION, problem.kind());
            assertEquals(5, problem.occurrences());
            assertTrue(problem.isOpen());
            assertEquals(5L, w.outbox().counts(platformId).get(OutboxStatus.FAILED));

            // The administrator fixes the registration and sends the failed scores again: all go, the problem is over.
            ags.tokenAnswer(null);
            assertEquals(5, w.outbox().resendFailed(platformId, Instant.now()));
            deliverAll(w);
            assertEquals(5, ags.scores().size());
            assertTrue(w.problems().latest(platformId, PlatformProblems.GRADES).orElseThrow().resolvedAt() != null);
            assertEquals(0L, w.outbox().counts(platformId).get(OutboxStatus.FAILED));

            // The same cause coming back after it was over is logged again.
            ags.tokenAnswer(exchange -> {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(401, -1);
            });
            ags.revokeTokens();
            enqueue("user-9", 5, lineItem, 0);
            w.deliverDue(10);
            assertEquals(2, log.at(java.util.logging.Level.WARNING));
        } finally {
            logger.removeHandler(log);
        }
    }

    @Test
    void anUnreachablePlatformIsATransientProblemAndScoresWait() throws Exception {
        String lineItem = ags.addLineItem("MLOps quiz", 10, "link-1", null, null);
        ags.failNext(AgsEndpoints.Failure.status(503));
        long id = enqueue("u1", 5, lineItem, 0);
        GradeDelivery w = worker();
        w.deliverDue(10);
        assertEquals(OutboxStatus.PENDING, row(id).status());
        var problem = w.problems().latest(platformId, PlatformProblems.GRADES).orElseThrow();
        assertEquals(org.recall.lti.http.ServiceException.Kind.TRANSIENT, problem.kind());
        assertEquals(1L, w.outbox().counts(platformId).get(OutboxStatus.PENDING));
        deliverAll(w);
        assertTrue(w.problems().open().isEmpty(), "delivered: nothing is open");
    }

    @Test
    void resendPutsTheLatestScoreBackWithANewWindow() throws Exception {
        String lineItem = ags.addLineItem("MLOps quiz", 10, "link-1", null, null);
        ags.failNext(AgsEndpoints.Failure.status(400));
        long id = enqueue("u1", 5, lineItem, 0);
        var w = worker();
        w.deliverDue(10);
        assertEquals(OutboxStatus.FAILED, row(id).status());
        assertTrue(w.outbox().resend(activityId, "u1", Instant.now()));
        deliverAll(w);
        assertEquals(OutboxStatus.DELIVERED, row(id).status());
        assertEquals(1, ags.scores().size());
    }
}
