package com.parceliq.carrier.spi;

import java.time.Duration;

/**
 * How hard ParcelIQ may call a carrier: the carrier's published or contractual limits, so a burst
 * of our traffic never gets the platform throttled or banned. Workers apply them per carrier (task
 * queue concurrency and rate, a timeout around every call); configuration may lower them.
 *
 * @param maxConcurrentCalls calls in flight at once, across one worker
 * @param callsPerSecond calls started per second, across every worker of the carrier's task queue
 * @param callTimeout how long one call (including an OAuth token fetch) may take
 */
public record CarrierLimits(int maxConcurrentCalls, double callsPerSecond, Duration callTimeout) {

  public CarrierLimits {
    if (maxConcurrentCalls < 1 || callsPerSecond <= 0 || callTimeout.isNegative()) {
      throw new IllegalArgumentException("carrier limits must be positive: " + this);
    }
  }
}
