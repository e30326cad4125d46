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
 * running Java code, sampled every 10 ms with the "profile" settings) taken in the phase's window, the
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
                for (RecordedEvent e : inPhase) {
                    RecordedStackTrace stack = e.getStackTrace();
                    if (stack == null || stack.getFrames().isEmpty()) {
                        continue;
                    }
                    RecordedFrame top = stack.getFrames().get(0);
                    methods.merge(name(top), 1, Integer::sum);
                    packages.merge(packageOf(top), 1, Integer::sum);
                    stack.getFrames().stream().filter(f -> f.getMethod().getType().getName().startsWith("org.recall."))
                            .map(JfrSummary::name).distinct().forEach(m -> recall.merge(m, 1, Integer::sum));
                }
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

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String packageOf(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }
}
