package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Says whether this machine ran the integration suite against PostgreSQL too. Skipped, with its
 * reason in the report, when no PostgreSQL server was given; when one was, the whole suite runs a
 * second time on it (Failsafe execution "postgresql") and this test checks that run really uses it.
 */
@ExtendWith(RecallServerExtension.class)
class PostgresqlRunIT {

    @Test
    @EnabledIfEnvironmentVariable(named = TestStore.PG_URL, matches = ".+",
            disabledReason = "PostgreSQL runs skipped: RECALL_IT_PG_URL is not set (.ci/run starts a throwaway PostgreSQL and sets it)")
    void theSuiteRunsOnBothStores(RecallServer server) throws Exception {
        var health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        String expected = TestStore.current() == TestStore.POSTGRESQL ? "PostgreSQL" : "H2";
        assertTrue(health.body().contains("\"database\":\"" + expected + "\""), health.body());
    }
}
