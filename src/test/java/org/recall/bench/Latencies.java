package org.recall.bench;

import java.util.Arrays;

/** Latencies of one measured phase, in nanoseconds, and the throughput over its wall time. */
final class Latencies {

    private long[] values = new long[1024];
    private int size;
    private long errors;

    synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized void error() {
        errors++;
    }

    synchronized void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
        errors += other.errors;
    }

    synchronized Summary summary(long wallNanos) {
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return new Summary(size, errors, wallNanos, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                size == 0 ? 0 : sorted[size - 1]);
    }

    private static double at(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** Count, errors, throughput per second and latency quantiles in milliseconds. */
    record Summary(long count, long errors, long wallNanos, double p50, double p95, double p99, long maxNanos) {

        double perSecond() {
            return wallNanos == 0 ? 0 : count / (wallNanos / 1e9);
        }

        String row() {
            return String.format("%7d | %4d | %8.0f | %7.1f | %7.1f | %7.1f | %7.1f", count, errors, perSecond(), p50, p95,
                    p99, maxNanos / 1e6);
        }
    }
}
