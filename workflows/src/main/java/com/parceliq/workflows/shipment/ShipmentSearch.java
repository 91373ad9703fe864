package com.parceliq.workflows.shipment;

import com.parceliq.domain.ShipmentStatus;
import com.parceliq.temporal.SearchAttributes;
import io.temporal.workflow.Workflow;

/**
 * Keeps the shipment's search attributes in step with its state, so operators can find it in the
 * Web UI ({@code ShipmentStatus = 'rated'}, {@code NeedsAttention = true}, by tracking code…).
 */
final class ShipmentSearch {

  static final String CARRIER_WHILE_BUYING = "carrier-search-attribute-while-buying";

  private ShipmentSearch() {}

  static void created(NewShipment shipment) {
    Workflow.upsertTypedSearchAttributes(
        SearchAttributes.TENANT_ID.valueSet(shipment.tenantId()),
        SearchAttributes.SHIPMENT_ID.valueSet(shipment.shipmentId()),
        SearchAttributes.SHIPMENT_STATUS.valueSet(ShipmentStatus.CREATED.wireName()),
        SearchAttributes.NEEDS_ATTENTION.valueSet(false));
  }

  static void status(ShipmentStatus status) {
    Workflow.upsertTypedSearchAttributes(
        SearchAttributes.SHIPMENT_STATUS.valueSet(status.wireName()));
  }

  /**
   * The carrier a purchase is calling, set before its first attempt: a shipment stuck retrying or
   * parked is found by carrier during an outage ({@code Carrier = 'ups' AND NeedsAttention =
   * true}). Versioned because it adds a command: histories recorded before it replay without it.
   */
  static void buying(String carrier) {
    if (Workflow.getVersion(CARRIER_WHILE_BUYING, Workflow.DEFAULT_VERSION, 1) == 1) {
      Workflow.upsertTypedSearchAttributes(SearchAttributes.CARRIER.valueSet(carrier));
    }
  }

  static void purchased(String carrier, String trackingCode) {
    Workflow.upsertTypedSearchAttributes(
        SearchAttributes.SHIPMENT_STATUS.valueSet(ShipmentStatus.PURCHASED.wireName()),
        SearchAttributes.CARRIER.valueSet(carrier),
        SearchAttributes.TRACKING_CODE.valueSet(trackingCode));
  }

  static void needsAttention(boolean needsAttention) {
    Workflow.upsertTypedSearchAttributes(SearchAttributes.NEEDS_ATTENTION.valueSet(needsAttention));
  }
}
