package org.recall.bench;

/**
 * CPU used by the server process and by this load generator during one phase, as a percentage of one
 * core (200 % = both cores of the machine): tells whether the server or its client was the busy one.
 */
final class Cpu {

    private final long pid;
    private final long serverTicks;
    private final long clientTicks;

    private Cpu(long pid) {
        this.pid = pid;
        this.serverTicks = ProcStatus.cpuTicks(pid);
        this.clientTicks = ProcStatus.cpuTicks(ProcessHandle.current().pid());
    }

    static Cpu start(long pid) {
        return new Cpu(pid);
    }

    /** The server's CPU time since the start, in seconds. */
    double serverSeconds() {
        return (ProcStatus.cpuTicks(pid) - serverTicks) / (double) ProcStatus.TICKS;
    }

    String stop(long wallNanos) {
        double seconds = wallNanos / 1e9;
        double server = serverSeconds() / seconds * 100;
        double client = (ProcStatus.cpuTicks(ProcessHandle.current().pid()) - clientTicks) / (double) ProcStatus.TICKS
                / seconds * 100;
        return String.format("%9.0f%% | %9.0f%%", server, client);
    }
}
