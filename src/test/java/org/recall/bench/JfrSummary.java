package org.recall.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarizes the server's JFR recording per benchmark phase: of the jdk.ExecutionSample events (threads
 * running Java code, sampled every 20 ms with the "default" settings) taken in the phase's window, the
 * share of the top frame's method, of the top frame's package, and of each Recall method anywhere on
 * the stack (inclusive). Written to target/bench/profile.txt; the .jfr stays there for JDK Mission
 * Control or {@code jfr print}.
 */
final class JfrSummary {

    /** A measured window of the benchmark. */
    record Phase(String name, Instant from, Instant to) {
    }

    private static final int TOP = 20;

    private JfrSummary() {
    }

    static void write(Path recording, List<Phase> phases, Path output) throws IOException {
        List<RecordedEvent> samples = RecordingFile.readAllEvents(recording).stream()
                .filter(e -> e.getEventType().getName().equals("jdk.ExecutionSample")).toList();
        try (var out = new PrintStream(Files.newOutputStream(output), true)) {
            for (Phase phase : phases) {
                var inPhase = samples.stream().filter(e -> !e.getStartTime().isBefore(phase.from())
                        && !e.getStartTime().isAfter(phase.to())).toList();
                out.printf("== %s: %d execution samples (%s .. %s)%n", phase.name(), inPhase.size(), phase.from(), phase.to());
                Map<String, Integer> methods = new HashMap<>();
                Map<String, Integer> packages = new HashMap<>();
                Map<String, Integer> recall = new HashMap<>();
                Map<String, Integer> layers = new HashMap<>();
                for (RecordedEvent e : inPhase) {
                    RecordedStackTrace stack = e.getStackTrace();
                    if (stack == null || stack.getFrames().isEmpty()) {
                        continue;
                    }
                    RecordedFrame top = stack.getFrames().get(0);
                    layers.merge(layer(stack.getFrames()), 1, Integer::sum);
                    methods.merge(name(top), 1, Integer::sum);
                    packages.merge(packageOf(top), 1, Integer::sum);
                    stack.getFrames().stream().filter(f -> f.getMethod().getType().getName().startsWith("org.recall."))
                            .map(JfrSummary::name).distinct().forEach(m -> recall.merge(m, 1, Integer::sum));
                }
                print(out, "by layer (first match: whole stack for the first two, top frames for the rest)", layers,
                        inPhase.size());
                print(out, "top frame, by method", methods, inPhase.size());
                print(out, "top frame, by package", packages, inPhase.size());
                print(out, "Recall methods on the stack (inclusive)", recall, inPhase.size());
                out.println();
            }
        }
    }

    private static void print(PrintStream out, String title, Map<String, Integer> counts, int total) {
        out.println("-- " + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP)
                .forEach(e -> out.printf("%6.1f%%  %s%n", 100.0 * e.getValue() / Math.max(total, 1), e.getKey()));
    }

    /** Which part of the stack a sample's time belongs to, judged from its frames. */
    static String layer(List<RecordedFrame> frames) {
        List<String> types = frames.stream().map(f -> f.getMethod().getType().getName()).toList();
        String top = types.get(0);
        String near = String.join(" ", types.subList(0, Math.min(5, types.size())));
        if (types.stream().anyMatch(t -> t.startsWith("java.util.ServiceLoader"))) {
            return "ServiceLoader scans (e.g. JSON-P provider lookup)";
        }
        if (types.stream().anyMatch(t -> t.startsWith("com.nimbusds.jose.crypto"))) {
            return "RS256 signature check (Nimbus, JCA)";
        }
        if (near.contains("org.postgresql")) {
            return "PostgreSQL JDBC driver";
        }
        if (near.contains("com.sun.gjc") || near.contains("com.sun.enterprise.resource")) {
            return "Payara connection pool";
        }
        if (top.startsWith("sun.security") || top.startsWith("java.security")) {
            return "JCA (SecureRandom, SHA-256, RSA)";
        }
        if (near.contains("com.nimbusds")) {
            return "Nimbus parsing (JWT, JSON)";
        }
        if (top.startsWith("org.eclipse.parsson") || top.startsWith("org.eclipse.yasson")) {
            return "JSON-P/JSON-B (Parsson, Yasson)";
        }
        if (near.contains("org.glassfish.jersey")) {
            return "Jakarta REST (Jersey)";
        }
        if (near.contains("org.jboss.weld") || near.contains("org.jvnet.hk2") || near.contains("org.glassfish.hk2")) {
            return "CDI and injection (Weld, HK2)";
        }
        if (near.contains("org.glassfish.grizzly") || near.contains("org.apache.catalina")
                || near.contains("org.apache.coyote")) {
            return "HTTP server (Grizzly, Catalina)";
        }
        if (near.contains("com.hazelcast")) {
            return "Hazelcast (Payara data grid)";
        }
        if (top.startsWith("jdk.internal.net.http")) {
            return "JDK HttpClient (AGS calls)";
        }
        if (top.startsWith("org.recall")) {
            return "Recall's own code (self time)";
        }
        return "other JDK and container code";
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String packageOf(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }
}
