package com.parceliq.simulator.state;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** A pickup the carrier scheduled; it can be cancelled once (cancelling again changes nothing). */
public final class PickupRecord {

  private final String id;
  private final String confirmation;
  private final String windowStart;
  private final String windowEnd;
  private final List<String> trackingCodes;
  private final String service;
  private final String fee;
  private final AtomicBoolean canceled = new AtomicBoolean();

  public PickupRecord(
      String id,
      String confirmation,
      String windowStart,
      String windowEnd,
      List<String> trackingCodes,
      String service,
      String fee) {
    this.id = id;
    this.confirmation = confirmation;
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
    this.trackingCodes = List.copyOf(trackingCodes);
    this.service = service;
    this.fee = fee;
  }

  public String id() {
    return id;
  }

  public String confirmation() {
    return confirmation;
  }

  public String windowStart() {
    return windowStart;
  }

  public String windowEnd() {
    return windowEnd;
  }

  public List<String> trackingCodes() {
    return trackingCodes;
  }

  public String service() {
    return service;
  }

  public String fee() {
    return fee;
  }

  public boolean canceled() {
    return canceled.get();
  }

  /** True when this call cancelled it, false when it already was. */
  public boolean cancel() {
    return canceled.compareAndSet(false, true);
  }
}
