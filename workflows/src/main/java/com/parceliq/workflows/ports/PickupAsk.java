package com.parceliq.workflows.ports;

import com.parceliq.domain.Address;
import java.time.Instant;
import java.util.List;

/**
 * What a carrier is asked about one pickup: collect the labels {@code trackingCodes} from {@code
 * address} between {@code windowStart} and {@code windowEnd}, on the account the labels were bought
 * with ({@code carrierAccountId} null for the platform's own contract).
 */
public record PickupAsk(
    String tenantId,
    String pickupId,
    String carrier,
    String carrierAccountId,
    Address address,
    Instant windowStart,
    Instant windowEnd,
    List<String> trackingCodes,
    String instructions) {

  public PickupAsk {
    trackingCodes = List.copyOf(trackingCodes);
  }
}
