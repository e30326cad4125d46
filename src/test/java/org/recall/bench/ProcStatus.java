package org.recall.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a process's memory and CPU counters from /proc (Linux). */
final class ProcStatus {

    /** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux x86_64). */
    static final int TICKS = 100;

    private ProcStatus() {
    }

    /** A {@code kB} field of /proc/<pid>/status, e.g. VmHWM (peak RSS) or VmRSS; -1 when unreadable. */
    static long kib(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process is gone
        }
        return -1;
    }

    /** User plus system CPU time of the process and of its reaped children, in clock ticks. */
    static long cpuTicksWithChildren(long pid) {
        String[] fields = statFields(Path.of("/proc", Long.toString(pid), "stat"));
        return fields == null ? -1 : Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                + Long.parseLong(fields[14]);
    }

    /** The processes whose parent is {@code pid}. */
    static List<Long> children(long pid) {
        var children = new ArrayList<Long>();
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path proc : (Iterable<Path>) procs::iterator) {
                String name = proc.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String[] fields = statFields(proc.resolve("stat"));
                if (fields != null && Long.parseLong(fields[1]) == pid) {
                    children.add(Long.parseLong(name));
                }
            }
        } catch (IOException e) {
            // /proc unreadable
        }
        return children;
    }

    /**
     * CPU time, in clock ticks, of the threads of {@code pid} whose name starts with {@code threadPrefix}
     * (e.g. "C2 CompilerThre", the JIT's optimizing compiler threads).
     */
    static long threadTicks(long pid, String threadPrefix) {
        long total = 0;
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (comm.startsWith(threadPrefix)) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        total += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return total;
    }

    /** How many threads of {@code pid} have a name starting with {@code threadPrefix} (all of them for ""). */
    static int threadCount(long pid, String threadPrefix) {
        int count = 0;
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    if (Files.readString(task.resolve("comm")).startsWith(threadPrefix)) {
                        count++;
                    }
                } catch (IOException e) {
                    // the thread ended
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return count;
    }

    /**
     * The columns of {@code jstat -gc} for the JVM {@code pid}, by name (e.g. "OU", the old generation's use
     * in KiB, or "YGC", young collections so far); empty when jstat cannot tell.
     */
    static Map<String, Double> jstatGc(long pid) {
        var columns = new HashMap<String, Double>();
        List<String> lines = jstat("-gc", pid);
        if (lines.size() >= 2) {
            String[] names = lines.get(lines.size() - 2).trim().split("\\s+");
            String[] values = lines.get(lines.size() - 1).trim().split("\\s+");
            for (int i = 0; i < Math.min(names.length, values.length); i++) {
                try {
                    columns.put(names[i], Double.parseDouble(values[i]));
                } catch (NumberFormatException e) {
                    // a column jstat cannot fill ("-")
                }
            }
        }
        return columns;
    }

    /**
     * How many methods the JIT of the JVM {@code pid} has compiled so far ({@code jstat -compiler}: C1 and
     * C2, standard and on-stack replacement); -1 when jstat cannot tell.
     */
    static long jitCompilations(long pid) {
        List<String> lines = jstat("-compiler", pid);
        try {
            return lines.size() >= 2 ? Long.parseLong(lines.get(lines.size() - 1).trim().split("\\s+")[0]) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** What {@code jstat <option> <pid>} prints, ending with a header line and a line of values; empty when it fails. */
    private static List<String> jstat(String option, long pid) {
        try {
            var jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), option,
                    Long.toString(pid)).redirectErrorStream(true).start();
            List<String> lines = List.of(new String(jstat.getInputStream().readAllBytes()).trim().split("\n"));
            return jstat.waitFor() == 0 ? lines : List.of();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** The fields of a stat file after the command name (field 3 of proc(5) is index 0); null when unreadable. */
    private static String[] statFields(Path stat) {
        try {
            String text = Files.readString(stat);
            return text.substring(text.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** User plus system CPU time of the process, in clock ticks; -1 when unreadable. */
    static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
