package com.parceliq.it.bench;

import java.time.Duration;

/**
 * What one timed purchase came to.
 *
 * @param latency from sending the call to its answer
 * @param kind whether the purchase completed within the call
 * @param detail the answer when it was not a completed purchase, for the report
 */
record Outcome(Duration latency, Kind kind, String detail) {

  enum Kind {
    /** The call answered with the completed purchase. */
    COMPLETED,
    /** The call gave up waiting and said "still running" (the API's 202): slow, not a purchase. */
    STILL_RUNNING,
    /** Anything else: an error answer or an exception. */
    FAILED
  }

  static Outcome completed(Duration latency) {
    return new Outcome(latency, Kind.COMPLETED, "");
  }

  static Outcome stillRunning(Duration latency, String detail) {
    return new Outcome(latency, Kind.STILL_RUNNING, detail);
  }

  static Outcome failed(Duration latency, String detail) {
    return new Outcome(latency, Kind.FAILED, detail);
  }
}
