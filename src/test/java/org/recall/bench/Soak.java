package org.recall.bench;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.recall.it.RecallServer;

/**
 * Mixed traffic for a long while, as a course's day brings it: each client launches (course pattern,
 * with an AGS claim whose scores go to the loopback gradebook), calls the study API (session, deck, a
 * review rating), and every fourth round takes a quiz (attempt, submit), whose score the grade worker
 * delivers. One row per minute: what was done, the server's CPU and its JIT compiler's.
 */
final class Soak {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final RecallServer server;
    private final CourseBrowser browser;
    private final BenchClient client;
    private final AgsEndpoint ags;
    private final Consumer<String> say;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final AtomicLong launches = new AtomicLong();
    private final AtomicLong apiCalls = new AtomicLong();
    private final AtomicLong submits = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private volatile List<String> cardIds;

    Soak(RecallServer server, CourseBrowser browser, BenchClient client, AgsEndpoint ags, Consumer<String> say) {
        this.server = server;
        this.browser = browser;
        this.client = client;
        this.ags = ags;
        this.say = say;
    }

    void run(int clients, Duration length) throws InterruptedException {
        say.accept("minute | launches | API calls | quiz submits | scores delivered | errors | Recall CPU | C2 CPU | JIT compilations"
                + " | threads | HTTP workers | old gen MB | young GCs");
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + length.toNanos();
        for (int i = 0; i < clients; i++) {
            pool.execute(() -> {
                long round = 0;
                while (System.nanoTime() < end) {
                    try {
                        round(round++ % 4 == 0);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        LoadBenchmark.firstError(e);
                    }
                }
            });
        }
        pool.shutdown();
        long minutes = Math.max(1, length.toMinutes());
        long[] last = {0, 0, 0, ags.scoresAccepted(), 0, ProcStatus.cpuTicks(server.pid()),
            ProcStatus.threadTicks(server.pid(), "C2 CompilerThre"), ProcStatus.jitCompilations(server.pid()),
            ProcStatus.jstatGc(server.pid()).getOrDefault("YGC", -1.0).longValue()};
        for (long minute = 1; minute <= minutes + 1 && !pool.awaitTermination(60, TimeUnit.SECONDS); minute++) {
            last = row(minute, last, 60);
        }
        pool.awaitTermination(60, TimeUnit.SECONDS);
        row(minutes, last, (System.nanoTime() - start) / 1e9 - minutes * 60.0);
    }

    private long[] row(long minute, long[] last, double seconds) {
        var gc = ProcStatus.jstatGc(server.pid());
        long[] now = {launches.get(), apiCalls.get(), submits.get(), ags.scoresAccepted(), errors.get(),
            ProcStatus.cpuTicks(server.pid()), ProcStatus.threadTicks(server.pid(), "C2 CompilerThre"),
            ProcStatus.jitCompilations(server.pid()), gc.getOrDefault("YGC", -1.0).longValue()};
        if (seconds > 1) {
            // What grows with the time the JVM has run: its threads (Grizzly's HTTP workers above all, each with
            // its own buffers) and the old generation's use at the minute's end (issue 13's drift).
            say.accept(String.format("%6d | %8d | %9d | %12d | %16d | %6d | %9.0f%% | %5.0f%% | %16d | %7d | %12d | %10.0f | %9d",
                    minute, now[0] - last[0], now[1] - last[1], now[2] - last[2], now[3] - last[3], now[4] - last[4],
                    (now[5] - last[5]) * 100.0 / ProcStatus.TICKS / seconds, (now[6] - last[6]) * 100.0 / ProcStatus.TICKS / seconds,
                    now[7] - last[7], ProcStatus.threadCount(server.pid(), ""),
                    ProcStatus.threadCount(server.pid(), "http-thread-poo"), gc.getOrDefault("OU", -1024.0) / 1024,
                    now[8] - last[8]));
        }
        return now;
    }

    private void round(boolean quiz) throws Exception {
        var launched = browser.next(null);
        launches.incrementAndGet();
        String session = launched.session();
        get("/api/study/session", session);
        String deck = get("/api/study/deck", session);
        if (cardIds == null) {
            try (var reader = Json.createReader(new StringReader(deck))) {
                cardIds = reader.readObject().getJsonArray("cards").getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getString("id")).toList();
            }
        }
        String card = cardIds.get((int) (launches.get() % cardIds.size()));
        send(HttpRequest.newBuilder(server.uri("/api/study/review/ratings")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"cardId\":\"" + card + "\",\"rating\":\"known\"}")), session);
        if (quiz) {
            client.submit(client.startAttempt(session));
            apiCalls.addAndGet(2);
            submits.incrementAndGet();
        }
    }

    private String get(String path, String session) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(server.uri(path)).GET(), session);
    }

    private String send(HttpRequest.Builder request, String session) throws IOException, InterruptedException {
        var response = http.send(request.header("Authorization", "Bearer " + session).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());
        apiCalls.incrementAndGet();
        if (response.statusCode() != 200) {
            throw new IOException(request.build().uri().getPath() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
