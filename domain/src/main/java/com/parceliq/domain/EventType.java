package com.parceliq.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The types of domain events (CONTRACT section 5). The wire name is what events and webhook bodies
 * carry in {@code type}, and what {@code GET /v1/events?type=} filters on.
 */
public enum EventType {
  SHIPMENT_CREATED("shipment.created"),
  SHIPMENT_PURCHASED("shipment.purchased"),
  SHIPMENT_VOIDED("shipment.voided"),
  SHIPMENT_REFUNDED("shipment.refunded"),
  SHIPMENT_REROUTED("shipment.rerouted"),
  TRACKER_UPDATED("tracker.updated"),
  BATCH_UPDATED("batch.updated"),
  SCAN_FORM_CREATED("scan_form.created"),
  PICKUP_SCHEDULED("pickup.scheduled"),
  RECONCILIATION_COMPLETED("reconciliation.completed"),
  CLAIM_UPDATED("claim.updated"),
  /** An endpoint was disabled after too many consecutive dead-lettered deliveries. */
  WEBHOOK_DISABLED("webhook.disabled");

  private final String wireName;

  EventType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<EventType> fromWireName(String wireName) {
    return Arrays.stream(values()).filter(type -> type.wireName.equals(wireName)).findFirst();
  }
}
