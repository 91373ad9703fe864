package com.parceliq.it.bench.reconciliation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When the run was first seen in each status (polled: each boundary is known to within the poll
 * interval). A phase lasts from its status's first sighting to the next status's.
 */
final class PhaseClock {

  private final Map<String, Long> firstSeenNanos = new LinkedHashMap<>();

  void saw(String status, long nanos) {
    firstSeenNanos.putIfAbsent(status, nanos);
  }

  /** Seconds from {@code from}'s first sighting to {@code to}'s; NaN when either was missed. */
  double seconds(String from, String to) {
    Long start = firstSeenNanos.get(from);
    Long end = firstSeenNanos.get(to);
    return start == null || end == null ? Double.NaN : (end - start) / 1e9;
  }

  Map<String, Long> sightings() {
    return Map.copyOf(firstSeenNanos);
  }
}
