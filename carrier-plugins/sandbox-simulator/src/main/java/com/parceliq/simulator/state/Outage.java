package com.parceliq.simulator.state;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/** A simulated carrier outage: until {@code until}, every carrier call answers 503. */
public final class Outage {

  private volatile Instant until = Instant.MIN;

  public Instant start(Instant now, Duration length) {
    until = now.plus(length);
    return until;
  }

  public void clear() {
    until = Instant.MIN;
  }

  /** Whole seconds left, rounded up, or empty when there is no outage. */
  public OptionalLong secondsLeft(Instant now) {
    Instant end = until;
    if (!now.isBefore(end)) {
      return OptionalLong.empty();
    }
    long millis = Duration.between(now, end).toMillis();
    return OptionalLong.of(Math.max(1, (millis + 999) / 1000));
  }
}
