package com.parceliq.workflows.pickup;

import com.parceliq.domain.Address;
import java.time.Instant;
import java.util.List;

/**
 * A pickup as the API accepted it: purchased shipments of one tenant whose labels ({@code
 * trackingCodes}, in the same order) all come from {@code labelCarrier} on one account ({@code
 * carrierAccountId}, null for the platform's own contract). {@code batchId} is set when the
 * shipments were named by their batch.
 */
public record NewPickup(
    String tenantId,
    String pickupId,
    Address address,
    Instant minDatetime,
    Instant maxDatetime,
    List<String> shipmentIds,
    List<String> trackingCodes,
    String labelCarrier,
    String carrierAccountId,
    String instructions,
    String reference,
    String batchId) {

  public NewPickup {
    shipmentIds = List.copyOf(shipmentIds);
    trackingCodes = List.copyOf(trackingCodes);
  }
}
