package com.parceliq.workflows.shipment;

import com.parceliq.domain.ShipmentStatus;
import java.util.Map;
import java.util.Optional;

/**
 * How a carrier's tracking status moves the shipment: only forward along purchased/rerouted →
 * in_transit → out_for_delivery → delivered (a delivery skips the stages never scanned), and a
 * return to sender makes it returned. Statuses that say nothing about progress (pre_transit,
 * failure, unknown) leave it where it is.
 */
final class TrackingProgress {

  private static final Map<ShipmentStatus, Integer> STAGE =
      Map.of(
          ShipmentStatus.PURCHASED, 0,
          ShipmentStatus.REROUTED, 0,
          ShipmentStatus.IN_TRANSIT, 1,
          ShipmentStatus.OUT_FOR_DELIVERY, 2,
          ShipmentStatus.DELIVERED, 3);

  private TrackingProgress() {}

  /** Whether a shipment in {@code status} follows its parcel's tracking. */
  static boolean isTracked(ShipmentStatus status) {
    return STAGE.containsKey(status);
  }

  /** The shipment's status once its parcel is {@code trackingStatus}; never a step back. */
  static ShipmentStatus next(ShipmentStatus current, String trackingStatus) {
    if (!isTracked(current) || trackingStatus == null) {
      return current;
    }
    if (trackingStatus.equals("return_to_sender")) {
      return current == ShipmentStatus.DELIVERED ? current : ShipmentStatus.RETURNED;
    }
    return target(trackingStatus)
        .filter(target -> STAGE.get(target) > STAGE.get(current))
        .orElse(current);
  }

  private static Optional<ShipmentStatus> target(String trackingStatus) {
    return switch (trackingStatus) {
      case "in_transit" -> Optional.of(ShipmentStatus.IN_TRANSIT);
      case "out_for_delivery" -> Optional.of(ShipmentStatus.OUT_FOR_DELIVERY);
      case "delivered" -> Optional.of(ShipmentStatus.DELIVERED);
      default -> Optional.empty();
    };
  }
}
