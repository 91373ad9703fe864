package com.parceliq.workflows.shipment;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.opentest4j.AssertionFailedError;

/**
 * Waits for a workflow to reach a state while test time moves on (retry backoffs and timers fire as
 * the test clock advances), failing after a bounded real time.
 */
final class Eventually {

  private static final Duration REAL_TIME_LIMIT = Duration.ofSeconds(20);
  private static final Duration TEST_TIME_STEP = Duration.ofSeconds(10);

  private Eventually() {}

  static void holds(ShipmentHarness harness, BooleanSupplier condition) {
    long deadline = System.nanoTime() + REAL_TIME_LIMIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionFailedError("condition not reached within " + REAL_TIME_LIMIT);
      }
      harness.env.sleep(TEST_TIME_STEP);
    }
  }
}
