package org.recall.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import org.recall.page.PageShell;
import org.recall.testplatform.TestPlatform;

/**
 * The reference tool of the comparison: ltijs 5.9.9 with PostgreSQL (ltijs-sequelize 2.4.4, sequelize 6,
 * pg), installed from npm into {@code target/ltijs} by the benchmark (only {@code src/test/ltijs}'s
 * package.json and server.js are ours), run with Node on loopback against the same throwaway cluster.
 */
final class LtijsReference implements AutoCloseable {

    private static final Path SOURCE = Path.of("src", "test", "ltijs");
    private static final Path HOME = Path.of("target", "ltijs");

    private final Process process;
    private final URI base;

    private LtijsReference(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /** Installs (once) and starts the reference tool for {@code platform}, its study page the same file as Recall's. */
    static LtijsReference start(BenchPostgres pg, TestPlatform platform) throws IOException, InterruptedException {
        Files.createDirectories(HOME);
        Files.copy(SOURCE.resolve("package.json"), HOME.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(SOURCE.resolve("server.js"), HOME.resolve("server.js"), StandardCopyOption.REPLACE_EXISTING);
        if (!Files.isDirectory(HOME.resolve("node_modules").resolve("ltijs"))) {
            var npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund").directory(HOME.toFile())
                    .redirectErrorStream(true).redirectOutput(HOME.resolve("npm-install.log").toFile()).start();
            if (npm.waitFor() != 0) {
                throw new IllegalStateException("npm install of the ltijs reference failed: see " + HOME.resolve("npm-install.log"));
            }
        }
        int port;
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        var builder = new ProcessBuilder("node", "server.js").directory(HOME.toFile()).redirectErrorStream(true)
                .redirectOutput(HOME.resolve("server.log").toFile());
        var env = builder.environment();
        env.put("LTIJS_PORT", Integer.toString(port));
        env.put("LTIJS_KEY", "bench-ltijs-" + System.nanoTime());
        env.put("LTIJS_DB_NAME", BenchPostgres.LTIJS_DATABASE);
        env.put("LTIJS_DB_USER", "recall");
        env.put("LTIJS_DB_PASSWORD", "recall");
        env.put("LTIJS_DB_PORT", Integer.toString(pg.port()));
        env.put("LTIJS_ISSUER", platform.issuer());
        env.put("LTIJS_CLIENT_ID", TestPlatform.CLIENT_ID);
        env.put("LTIJS_AUTH_URL", platform.uri("/auth").toString());
        env.put("LTIJS_TOKEN_URL", platform.uri("/token").toString());
        env.put("LTIJS_JWKS_URL", platform.uri("/jwks").toString());
        env.put("LTIJS_STUDY_PAGE", studyPage().toAbsolutePath().toString());
        env.put("NODE_ENV", "production");
        var reference = new LtijsReference(builder.start(), URI.create("http://localhost:" + port));
        reference.awaitReady(Duration.ofSeconds(60));
        return reference;
    }

    /** The study page as Recall serves it after a launch: its page of {@code WEB-INF/pages} in the shell. */
    private static Path studyPage() throws IOException {
        Path pages = Path.of("src", "main", "webapp", "WEB-INF", "pages");
        Path page = HOME.resolve("study.html");
        Files.writeString(page, PageShell.fill(Files.readString(pages.resolve("shell.html")),
                Files.readString(pages.resolve("study.html"))));
        return page;
    }

    URI base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Path log = HOME.resolve("server.log");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the ltijs reference exited: " + Files.readString(log));
            }
            if (Files.exists(log) && Files.readString(log).contains("ltijs reference ready")) {
                return;
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("the ltijs reference did not start within " + timeout);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
