package com.parceliq.it.bench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Timed reads of one phase: the latencies of the 200 answers and how many answered otherwise (never
 * folded into the percentiles).
 */
record ReadPhase(String name, List<Duration> latencies, int failed, Duration wall) {

  ReadPhase {
    latencies = List.copyOf(latencies);
  }

  Optional<LatencySummary> summary() {
    return latencies.isEmpty() ? Optional.empty() : Optional.of(LatencySummary.of(latencies));
  }

  double readsPerSecond() {
    double seconds = wall.toNanos() / 1e9;
    return seconds <= 0 ? Double.NaN : latencies.size() / seconds;
  }
}
