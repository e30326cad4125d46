package org.recall.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * Debian's nginx terminating TLS on loopback in front of Recall instances, configured by the very file
 * docs/deploy.md gives an LMS admin ({@code docs/nginx/recall.conf}), with its names, ports and certificate
 * replaced by the test's: a self-signed certificate for {@code localhost} made with openssl. Stopped by
 * {@link #close()}.
 */
final class TlsProxy implements AutoCloseable {

    static final Path SITE_CONFIG = Path.of("docs", "nginx", "recall.conf");

    private final Path dir;
    private final int port;
    private final int plainPort;
    private final int platformPort;
    private final SSLContext trust;
    private Process nginx;

    private TlsProxy(Path dir, int port, int plainPort, int platformPort, SSLContext trust) {
        this.dir = dir;
        this.port = port;
        this.plainPort = plainPort;
        this.platformPort = platformPort;
        this.trust = trust;
    }

    /**
     * A certificate for {@code localhost} made with openssl, and a PKCS12 trust store holding it (made with the
     * JDK's keytool) for the Recall instances, which call the test platform through the proxy over https too.
     */
    static TlsProxy create(int port) throws Exception {
        Path dir = Files.createTempDirectory("recall-nginx-");
        // nginx's workers run as an unprivileged user when the master runs as root: they need into this folder.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-keyout", dir.resolve("key.pem").toString(), "-out", dir.resolve("cert.pem").toString()));
        run(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-importcert", "-noprompt",
                "-alias", "proxy", "-file", dir.resolve("cert.pem").toString(), "-keystore", dir.resolve("trust.p12").toString(),
                "-storetype", "PKCS12", "-storepass", "changeit"));
        return new TlsProxy(dir, port, freePort(), freePort(), trusting(dir.resolve("cert.pem")));
    }

    /** JVM options that make a Recall instance trust this proxy's certificate (Payara Micro honours them). */
    List<String> trustOptions() {
        return List.of("-Djavax.net.ssl.trustStore=" + dir.resolve("trust.p12"), "-Djavax.net.ssl.trustStorePassword=changeit",
                "-Djavax.net.ssl.trustStoreType=PKCS12");
    }

    /**
     * nginx on 127.0.0.1:{@code port} (TLS) in front of {@code instances} (two) by the documented file, and, for
     * the test only, the platform on {@code http://127.0.0.1:<platformHttpPort>} as {@link #platformBase()}.
     */
    void start(List<RecallServer> instances, int platformHttpPort) throws Exception {
        String binary = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
        String site = Files.readString(SITE_CONFIG);
        site = replace(site, "server 127.0.0.1:8080 ", "server 127.0.0.1:" + instances.get(0).base().getPort() + " ");
        site = replace(site, "server 127.0.0.1:8081 ", "server 127.0.0.1:" + instances.get(1).base().getPort() + " ");
        site = replace(site, "listen 80;", "listen 127.0.0.1:" + plainPort + ";");
        site = replace(site, "listen 443 ssl", "listen 127.0.0.1:" + port + " ssl");
        site = site.replace("server_name recall.example.edu;", "server_name localhost;");
        site = replace(site, "/etc/ssl/certs/recall.example.edu.pem", dir.resolve("cert.pem").toString());
        site = replace(site, "/etc/ssl/private/recall.example.edu.key", dir.resolve("key.pem").toString());
        Files.writeString(dir.resolve("recall.conf"), site);
        Files.writeString(dir.resolve("nginx.conf"), """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/recall.conf;
                    # The test platform over https, as an LMS is (Recall calls only https services when it runs on https).
                    server {
                        listen 127.0.0.1:%2$d ssl;
                        ssl_certificate %1$s/cert.pem;
                        ssl_certificate_key %1$s/key.pem;
                        location / { proxy_pass http://127.0.0.1:%3$d; proxy_set_header Host $http_host; }
                    }
                }
                """.formatted(dir, platformPort, platformHttpPort));
        nginx = new ProcessBuilder(binary, "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        awaitListening(Duration.ofSeconds(20));
    }

    /** The test platform's https address, {@code https://localhost:<port>}. */
    URI platformBase() {
        return URI.create("https://localhost:" + platformPort);
    }

    /** The public base URL, {@code https://localhost:<port>}. */
    URI base() {
        return URI.create("https://localhost:" + port);
    }

    URI plainBase() {
        return URI.create("http://localhost:" + plainPort);
    }

    /** Trusts the proxy's self-signed certificate, and nothing else. */
    SSLContext trust() {
        return trust;
    }

    private void awaitListening(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!nginx.isAlive()) {
                throw new IllegalStateException("nginx exited: " + Files.readString(dir.resolve("nginx.out"))
                        + Files.readString(dir.resolve("error.log")));
            }
            try (var socket = (SSLSocket) trust.getSocketFactory().createSocket("localhost", port)) {
                socket.startHandshake();
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port + " within " + timeout);
    }

    @Override
    public void close() throws Exception {
        if (nginx == null) {
            return;
        }
        nginx.destroy(); // SIGTERM: nginx's fast shutdown, workers included
        if (!nginx.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            nginx.destroyForcibly().waitFor();
        }
    }

    private static String replace(String text, String from, String to) {
        if (!text.contains(from)) {
            throw new IllegalStateException(SITE_CONFIG + " no longer contains '" + from + "': update TlsProxy with it");
        }
        return text.replace(from, to);
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        var keys = KeyStore.getInstance(KeyStore.getDefaultType());
        keys.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            keys.setCertificateEntry("proxy", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        var managers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        managers.init(keys);
        var context = SSLContext.getInstance("TLS");
        context.init(null, managers.getTrustManagers(), null);
        return context;
    }

    private static void run(List<String> command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command.get(0) + " failed: " + output);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
