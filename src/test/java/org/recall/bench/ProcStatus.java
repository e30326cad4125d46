package org.recall.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
