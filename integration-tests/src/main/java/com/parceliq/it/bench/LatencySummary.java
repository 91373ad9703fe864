package com.parceliq.it.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Percentiles of a set of latencies by the nearest-rank method: p99 of 100 samples is the 99th
 * smallest, an observed value, never an interpolation.
 */
record LatencySummary(
    int count, double p50, double p90, double p95, double p99, double max, double mean) {

  static LatencySummary of(List<Duration> samples) {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no samples");
    }
    double[] millis = samples.stream().mapToDouble(d -> d.toNanos() / 1_000_000.0).toArray();
    Arrays.sort(millis);
    return new LatencySummary(
        millis.length,
        nearestRank(millis, 50),
        nearestRank(millis, 90),
        nearestRank(millis, 95),
        nearestRank(millis, 99),
        millis[millis.length - 1],
        Arrays.stream(millis).average().orElseThrow());
  }

  /** The nearest-rank percentile of ascending values. */
  static double nearestRank(double[] sorted, int percentile) {
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }
}
