package com.parceliq.simulator.triggers;

import java.time.Duration;
import java.util.Optional;

/**
 * The test behaviour a shipment's reference asks for (CONTRACT section 6). {@link #NONE} is a
 * normal shipment.
 */
public record Triggers(
    boolean reject,
    int timeoutCalls,
    int errorCalls,
    boolean voidReject,
    Optional<Duration> refundDelay,
    boolean interceptFail,
    Optional<Duration> deliverAfter,
    boolean overbill,
    boolean adjust) {

  public static final Triggers NONE =
      new Triggers(false, 0, 0, false, Optional.empty(), false, Optional.empty(), false, false);

  /** Both sets at once; used when a later call (void, reroute) adds triggers to the shipment's. */
  public Triggers union(Triggers other) {
    return new Triggers(
        reject || other.reject,
        Math.max(timeoutCalls, other.timeoutCalls),
        Math.max(errorCalls, other.errorCalls),
        voidReject || other.voidReject,
        other.refundDelay.or(() -> refundDelay),
        interceptFail || other.interceptFail,
        other.deliverAfter.or(() -> deliverAfter),
        overbill || other.overbill,
        adjust || other.adjust);
  }
}
