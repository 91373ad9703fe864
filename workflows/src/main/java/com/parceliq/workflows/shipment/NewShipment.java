package com.parceliq.workflows.shipment;

import com.parceliq.domain.Address;
import com.parceliq.domain.Parcel;
import java.time.Duration;
import java.util.Map;

/**
 * A shipment as the API accepted it; the input of {@link ShipmentWorkflow}. {@code completionGrace}
 * is how long a delivered shipment waits before it is completed (claims and late carrier
 * corrections still find it delivered); null in the inputs of workflows started before it existed,
 * which then use {@link #DEFAULT_COMPLETION_GRACE}.
 */
public record NewShipment(
    String tenantId,
    String shipmentId,
    Address from,
    Address to,
    Parcel parcel,
    String reference,
    Map<String, String> options,
    Duration completionGrace) {

  public static final Duration DEFAULT_COMPLETION_GRACE = Duration.ofDays(7);

  public NewShipment(
      String tenantId,
      String shipmentId,
      Address from,
      Address to,
      Parcel parcel,
      String reference,
      Map<String, String> options) {
    this(tenantId, shipmentId, from, to, parcel, reference, options, null);
  }

  public NewShipment withCompletionGrace(Duration grace) {
    return new NewShipment(tenantId, shipmentId, from, to, parcel, reference, options, grace);
  }

  public Duration completionGraceOrDefault() {
    return completionGrace == null || completionGrace.isNegative()
        ? DEFAULT_COMPLETION_GRACE
        : completionGrace;
  }
}
