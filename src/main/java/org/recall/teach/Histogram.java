package org.recall.teach;

import java.util.ArrayList;
import java.util.List;

/**
 * Attempt scores in percent, counted in equal bins over 0-100: with 10 bins, 0-9, 10-19, ..., 90-100
 * (the last bin holds 100). Scores outside 0-100 are clamped.
 */
public record Histogram(List<Bin> bins) {

    public static final int DEFAULT_BINS = 10;

    /** Scores from {@code from} (inclusive) to {@code to} (exclusive, inclusive for the last bin). */
    public record Bin(int from, int to, int count) {
    }

    public Histogram {
        bins = List.copyOf(bins);
    }

    public static Histogram of(List<Double> percents, int binCount) {
        if (binCount < 1 || 100 % binCount != 0) {
            throw new IllegalArgumentException("bin count must divide 100: " + binCount);
        }
        int width = 100 / binCount;
        int[] counts = new int[binCount];
        for (double p : percents) {
            double clamped = Math.max(0, Math.min(100, p));
            int index = Math.min(binCount - 1, (int) Math.floor(clamped / width + 1e-9));
            counts[index]++;
        }
        var bins = new ArrayList<Bin>();
        for (int i = 0; i < binCount; i++) {
            bins.add(new Bin(i * width, (i + 1) * width, counts[i]));
        }
        return new Histogram(bins);
    }

    public int total() {
        return bins.stream().mapToInt(Bin::count).sum();
    }
}
