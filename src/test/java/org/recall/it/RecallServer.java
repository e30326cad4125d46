package org.recall.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real Recall: Payara Micro running the WAR the build produced, in its own process, on a free
 * loopback port, with a fresh H2 database (or the one the environment names), the demo platform on
 * and an admin token set. Started once per test run and shared by the integration tests (starting
 * Payara takes 10-15 s); stopped when the run ends.
 */
public final class RecallServer implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    /**
     * Deck versions one platform's instructors may store on the test server: small enough for SecurityIT to
     * reach, above what the suite's other classes publish on their shared platform.
     */
    public static final int DECK_QUOTA = 30;

    public static final String ADMIN_TOKEN = "it-admin-token-0123456789";
    public static final String KEY_ENCRYPTION_KEY = "it-key-encryption-3f9a1c7e5b2d8f4a6c0e9b1d3f5a7c9e";

    private final Process process;
    private final URI base;
    private final Path dataDir;

    private RecallServer(Process process, URI base, Path dataDir) {
        this.process = process;
        this.base = base;
        this.dataDir = dataDir;
    }

    /** The server shared by every test of this run, on the store this run tests (see {@link TestStore}). */
    public static RecallServer shared(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RecallServer.class, key -> start(TestStore.current().freshDatabase()),
                        RecallServer.class);
    }

    /** Starts a server of its own; extra environment variables override the defaults. */
    public static RecallServer start(Map<String, String> extraEnvironment) {
        return start(extraEnvironment, List.of());
    }

    /**
     * Starts a server of its own with extra JVM options (placed before {@code -jar}, e.g. a JFR
     * recording or another heap size; a later {@code -Xmx} wins over the default one).
     */
    public static RecallServer start(Map<String, String> extraEnvironment, List<String> jvmOptions) {
        try {
            int port = freePort();
            Path dataDir = Files.createTempDirectory("recall-it-");
            var base = URI.create("http://localhost:" + port);
            var env = new HashMap<String, String>();
            env.put("RECALL_BASE_URL", base.toString());
            env.put("RECALL_DB_URL", "jdbc:h2:file:" + dataDir.resolve("recall") + ";DB_CLOSE_ON_EXIT=FALSE");
            env.put("RECALL_ADMIN_TOKEN", ADMIN_TOKEN);
            env.put("RECALL_DEMO", "true");
            // As behind a reverse proxy: tests name the client address of a request (per-client rate limits).
            env.put("RECALL_CLIENT_ADDRESS_HEADER", "X-Forwarded-For");
            // Small limits the security tests reach (loopback, where the other tests come from, is not limited).
            env.put("RECALL_LOGIN_RATE", "30");
            env.put("RECALL_DECK_QUOTA", String.valueOf(DECK_QUOTA));
            // The tool's private keys sealed at rest, as in production.
            env.put("RECALL_KEY_ENCRYPTION_KEY", KEY_ENCRYPTION_KEY);
            env.putAll(extraEnvironment);
            var process = launch(port, dataDir, env, jvmOptions);
            var server = new RecallServer(process, base, dataDir);
            server.awaitHealthy(Duration.ofSeconds(Long.getLong("recall.server.startSeconds", 150)));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Recall", e);
        }
    }

    private static Process launch(int port, Path dataDir, Map<String, String> env, List<String> jvmOptions)
            throws IOException {
        String configDir = System.getProperty("recall.config.dir", "src/main/payara");
        // recall.server.java: another JVM for the server (the benchmark compares JDKs); this JVM's by default.
        List<String> command = new ArrayList<>(List.of(
                System.getProperty("recall.server.java", Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                "-Xmx512m", "-Dh2.bindAddress=127.0.0.1", "-Drecall.listen.address=127.0.0.1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", System.getProperty("recall.microJar", "target/payara-micro.jar"),
                "--deploy", System.getProperty("recall.war", "target/ROOT.war"),
                "--contextroot", "/",
                "--port", Integer.toString(port),
                "--nohazelcast",
                "--rootdir", dataDir.resolve("payara").toString(),
                "--prebootcommandfile", configDir + "/pre-boot-commands.asadmin",
                "--postbootcommandfile", configDir + "/post-boot-commands.asadmin",
                "--postdeploycommandfile", configDir + "/post-deploy-commands.asadmin",
                "--logproperties", System.getProperty("recall.it.logProperties",
                        Path.of("target", "test-classes", "it-logging.properties").toString())));
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "recall-server-" + port + ".log").toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    private void awaitHealthy(Duration timeout) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Recall exited while starting; see target/recall-server-*.log");
            }
            try {
                var response = http.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("Recall did not become healthy within " + timeout);
    }

    /** The operating system's id of the Payara Micro process (for /proc/<pid>/status). */
    public long pid() {
        return process.pid();
    }

    public URI base() {
        return base;
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Everything the server logged (standard output and error, Recall's FINE lines included). */
    public Path logFile() {
        return Path.of("target", "recall-server-" + base.getPort() + ".log");
    }

    /** Stops the process the hard way, as a crash would (kill -9). */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    @Override
    public void close() {
        process.destroy();
        waitForExit();
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
