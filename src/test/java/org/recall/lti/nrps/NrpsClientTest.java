package org.recall.lti.nrps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recall.lti.http.AllowedOrigins;
import org.recall.lti.http.PlatformAnswer;

/** Membership paging (NRPS 2.0 §2.4.2) against a small HTTP server playing the platform. */
class NrpsClientTest {

    HttpServer server;
    final List<String> accepts = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    final NrpsClient client = new NrpsClient(Duration.ofSeconds(2), Duration.ofSeconds(5));
    AllowedOrigins origins;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/members", exchange -> {
            accepts.add(exchange.getRequestHeaders().getFirst("Accept"));
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            int page = query.startsWith("page=") ? Integer.parseInt(query.substring(5)) : 1;
            String body = switch (page) {
                case 1 -> members("s1", "Learner", "s2", "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner");
                case 2 -> members("t1", "Instructor", "s3", "Learner");
                default -> members("s4", "Learner");
            };
            if (page == 1) {
                // Several links in one header, next not first, relative target.
                exchange.getResponseHeaders().add("Link", "</members?page=9>; rel=\"last\", </members?page=2>; rel=\"next\"");
            } else if (page == 2) {
                exchange.getResponseHeaders().add("Link", "<http://127.0.0.1:" + server.getAddress().getPort()
                        + "/members?page=3>; rel=next");
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", NrpsClient.MEDIA_TYPE);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.createContext("/forbidden", exchange -> {
            exchange.sendResponseHeaders(403, -1);
            exchange.close();
        });
        server.start();
        origins = AllowedOrigins.of(java.util.Set.of("http://127.0.0.1:" + server.getAddress().getPort()), true);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    static String members(String... idAndRole) {
        var json = new StringBuilder("{\"id\":\"x\",\"context\":{\"id\":\"c\"},\"members\":[");
        for (int i = 0; i < idAndRole.length; i += 2) {
            json.append(i > 0 ? "," : "").append("{\"status\":\"Active\",\"name\":\"Name ").append(idAndRole[i])
                    .append("\",\"user_id\":\"").append(idAndRole[i]).append("\",\"roles\":[\"").append(idAndRole[i + 1]).append("\"]}");
        }
        return json.append("]}").toString();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void everyPageIsReadWithTheMediaTypeAndTheToken() throws Exception {
        List<Member> members = client.members(url("/members"), origins, () -> "Bearer tok-1");
        assertEquals(List.of("s1", "s2", "t1", "s3", "s4"), members.stream().map(Member::userId).toList());
        assertEquals(List.of(true, true, false, true, true), members.stream().map(Member::isLearner).toList());
        assertEquals(3, accepts.size());
        assertTrue(accepts.stream().allMatch(NrpsClient.MEDIA_TYPE::equals));
        assertTrue(authorizations.stream().allMatch("Bearer tok-1"::equals));
    }

    @Test
    void aRefusalIsAnExceptionWithTheStatus() {
        NrpsException e = assertThrows(NrpsException.class, () -> client.members(url("/forbidden"), origins, () -> "Bearer t"));
        assertEquals(403, e.status());
    }

    @Test
    void aHugeRosterAnswerIsCutAtTheLimitAndASlowOneEndsAtTheDeadline() {
        var sent = new java.util.concurrent.atomic.AtomicLong();
        try (var lms = new org.recall.testplatform.TestPlatform()) {
            lms.handle("/huge", org.recall.testplatform.Misbehaving.huge(768L * 1024 * 1024, NrpsClient.MEDIA_TYPE, sent));
            lms.handle("/slow", org.recall.testplatform.Misbehaving.slow(Duration.ofMillis(200), 10_000));
            var allowed = AllowedOrigins.defaultsOf(lms.platform(), true);
            var quick = new NrpsClient(Duration.ofSeconds(2), Duration.ofSeconds(1));
            var patient = new NrpsClient(Duration.ofSeconds(2), Duration.ofSeconds(20));
            var huge = assertThrows(NrpsException.class, () -> patient.members(lms.uri("/huge"), allowed, () -> "Bearer t"));
            assertEquals(NrpsException.Kind.CONFIGURATION, huge.kind());
            assertTrue(huge.getMessage().contains("answered more than 16 MiB"), huge.getMessage());
            assertTrue(sent.get() < 48L * 1024 * 1024, "sent " + sent.get());
            long start = System.nanoTime();
            var slow = assertThrows(NrpsException.class, () -> quick.members(lms.uri("/slow"), allowed, () -> "Bearer t"));
            assertTrue(slow.isTransient());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(3).toNanos());
        }
    }

    @Test
    void aPageOutsideThePlatformsOriginsIsNotCalled() {
        var elsewhere = AllowedOrigins.of(java.util.Set.of("https://lms.test"), true);
        var e = assertThrows(NrpsException.class, () -> client.members(url("/members"), elsewhere, () -> "Bearer t"));
        assertEquals(NrpsException.Kind.CONFIGURATION, e.kind());
        assertTrue(accepts.isEmpty(), "never called");
    }

    @Test
    void anAnswerWithoutMembersIsRefused() throws Exception {
        assertThrows(NrpsException.class, () -> NrpsClient.parse(answer("{\"id\":\"x\"}")));
        assertThrows(NrpsException.class, () -> NrpsClient.parse(answer("not json")));
        assertEquals("Inactive", NrpsClient.parse(answer("{\"members\":[{\"user_id\":\"u\",\"status\":\"Inactive\"}]}")).get(0).status());
    }

    static PlatformAnswer answer(String body) {
        return new PlatformAnswer(200, java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true),
                URI.create("https://lms.test/members"), body.getBytes(StandardCharsets.UTF_8));
    }
}
