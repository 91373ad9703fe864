package com.parceliq.workflows.ports;

import com.parceliq.workflows.shipment.NewShipment;
import io.temporal.activity.ActivityInterface;
import java.util.List;

/**
 * Writes the shipment read model that the API serves. Every call is idempotent, and a no-op on a
 * shipment archived meanwhile (archived shipments are read-only).
 */
@ActivityInterface
public interface ShipmentRecordActivities {

  void recordCreated(NewShipment shipment);

  /** Replaces the shipment's rates with {@code rates} and sets its status to {@code rated}. */
  /** The rates of the last rating, and why carriers that gave none did not. */
  void recordRates(
      String tenantId, String shipmentId, List<RateQuote> rates, List<RateMessage> messages);

  /**
   * Stores the bought label on the shipment, sets its status to {@code purchased} and clears {@code
   * needs_attention} and the last error.
   */
  void recordPurchase(PurchaseRecord purchase);

  /** Records a void's outcome: the shipment's status and its {@code refund_status}. */
  void recordRefundStatus(String tenantId, String shipmentId, String status, String refundStatus);

  /** Records an accepted reroute: the new status, destination ({@code to_address}) and fees. */
  void recordReroute(RerouteRecord reroute);

  /**
   * Writes the shipment's tracker (tracking status and details) and the shipment status that
   * follows from it, in one transaction.
   */
  void recordTracking(TrackerRecord tracker);

  /** Sets status, needs-attention and last error (the workflow calls it for errors and parking). */
  void recordStatus(
      String tenantId,
      String shipmentId,
      String status,
      boolean needsAttention,
      String lastErrorCode,
      String lastErrorMessage);
}
