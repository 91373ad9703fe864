package com.parceliq.workflows.ports;

import com.parceliq.workflows.shipment.NewShipment;
import io.temporal.activity.ActivityInterface;
import java.util.List;

/** Writes the shipment read model that the API serves. Every call is idempotent. */
@ActivityInterface
public interface ShipmentRecordActivities {

  void recordCreated(NewShipment shipment);

  void recordRates(String tenantId, String shipmentId, List<RateQuote> rates);

  void recordPurchase(PurchaseRecord purchase);

  void recordStatus(
      String tenantId,
      String shipmentId,
      String status,
      boolean needsAttention,
      String lastErrorCode,
      String lastErrorMessage);
}
