package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.HashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two Recall instances of the same WAR on loopback share one PostgreSQL, as behind a load balancer:
 * login state, nonces and study sessions live in the database, so any instance serves any request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "recall.it.store", matches = "postgresql",
        disabledReason = "several instances need a shared PostgreSQL: this test runs in the PostgreSQL run")
class MultiInstanceIT {

    private RecallServer a;
    private RecallServer b;
    private LaunchFlow flow;

    @BeforeAll
    void startTwoInstances() {
        var env = new HashMap<>(TestStore.freshSchema("multi_instance"));
        a = RecallServer.start(env);
        // Both answer for the same public URL, the load balancer's; here that of instance A.
        env.put("RECALL_BASE_URL", a.base().toString());
        b = RecallServer.start(env);
        flow = LaunchFlow.register(a);
    }

    @AfterAll
    void stop() {
        flow.close();
        b.close();
        a.close();
    }

    @Test
    void loginOnOneInstanceLaunchOnTheOtherAndTheSessionServesOnBoth() {
        var login = flow.login();
        assertEquals(302, login.status(), login.body());
        String idToken = flow.platform().idToken().subject("multi-1").nonce(login.nonce()).sign();

        var launch = flow.post(b, idToken, login.state(), login.cookie());
        assertEquals(303, launch.statusCode(), launch.body());
        String token = LaunchFlow.sessionToken(launch).orElseThrow();

        for (RecallServer instance : new RecallServer[] {a, b}) {
            var session = flow.send(HttpRequest.newBuilder(instance.uri("/api/study/session"))
                    .header("Authorization", "Bearer " + token).build());
            assertEquals(200, session.statusCode(), session.body());
            assertTrue(session.body().contains("Camille Martin"), session.body());
        }
        // The nonce was used on B: replaying the launch on A is refused.
        assertEquals(401, flow.post(a, idToken, login.state(), login.cookie()).statusCode());
    }
}
