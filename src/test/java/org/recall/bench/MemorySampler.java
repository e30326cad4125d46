package org.recall.bench;

import java.util.concurrent.atomic.AtomicLong;

/** Samples the server's resident set (VmRSS) once a second, to report the highest seen under load. */
final class MemorySampler {

    private final long pid;
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;

    MemorySampler(long pid) {
        this.pid = pid;
        this.thread = new Thread(this::sample, "rss-sampler");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void stop() {
        thread.interrupt();
    }

    long peakKib() {
        return peak.get();
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            long rss = ProcStatus.kib(pid, "VmRSS");
            peak.accumulateAndGet(rss, Math::max);
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
