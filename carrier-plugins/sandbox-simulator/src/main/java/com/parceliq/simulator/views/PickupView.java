package com.parceliq.simulator.views;

import com.parceliq.simulator.state.PickupRecord;
import java.util.List;

/**
 * A pickup: {@code confirmation} is what the driver is told; {@code status} is {@code scheduled} or
 * {@code canceled}.
 */
public record PickupView(
    String id,
    String confirmation,
    String status,
    String service,
    String windowStart,
    String windowEnd,
    List<String> trackingCodes,
    String fee,
    String currency) {

  public static PickupView of(PickupRecord pickup) {
    return new PickupView(
        pickup.id(),
        pickup.confirmation(),
        pickup.canceled() ? "canceled" : "scheduled",
        pickup.service(),
        pickup.windowStart(),
        pickup.windowEnd(),
        pickup.trackingCodes(),
        pickup.fee(),
        "USD");
  }
}
