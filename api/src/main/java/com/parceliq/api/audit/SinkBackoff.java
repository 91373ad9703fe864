package com.parceliq.api.audit;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try a failing sink again: 1 s after the first failure, doubling to at most a minute, so
 * an outage costs one attempt a minute instead of one per poll. A success resets it.
 */
final class SinkBackoff {

  static final Duration FIRST = Duration.ofSeconds(1);
  static final Duration CAP = Duration.ofMinutes(1);

  private int failures;
  private Instant notBefore = Instant.MIN;

  boolean due(Instant now) {
    return !now.isBefore(notBefore);
  }

  void failed(Instant now) {
    failures++;
    notBefore = now.plus(delayAfter(failures));
  }

  void succeeded() {
    failures = 0;
    notBefore = Instant.MIN;
  }

  static Duration delayAfter(int failures) {
    if (failures >= 7) {
      return CAP;
    }
    Duration delay = FIRST.multipliedBy(1L << (failures - 1));
    return delay.compareTo(CAP) > 0 ? CAP : delay;
  }
}
