package org.kcscim.benchmark;

import java.util.Arrays;

/** Nearest-rank percentiles of latency samples. */
final class Stats {

    private Stats() {
    }

    /** The {@code p}th percentile by nearest rank, or null without samples. */
    static Double percentile(double[] samples, double p) {
        if (samples == null || samples.length == 0) {
            return null;
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static Double ratio(Double numerator, Double denominator) {
        return numerator == null || denominator == null || denominator == 0 ? null : numerator / denominator;
    }
}
