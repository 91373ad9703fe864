package com.parceliq.workflows.shipment;

import com.parceliq.domain.EventType;
import com.parceliq.workflows.ports.DomainEvent;

/**
 * The shipment's domain events, emitted after the change they announce is recorded. Each fact key
 * derives from the shipment and the operation (a shipment is created, bought, voided and refunded
 * at most once; each reroute has its client key), so a retried activity or a replayed workflow
 * emits each fact once. The data is the shipment as it is at that moment, built here, so it is
 * fixed in history and the event reads the same whenever it is delivered.
 */
final class ShipmentEvents {

  private final ShipmentActivities activities;
  private final ShipmentState state;

  ShipmentEvents(ShipmentActivities activities, ShipmentState state) {
    this.activities = activities;
    this.state = state;
  }

  void created() {
    emit(EventType.SHIPMENT_CREATED, "created");
  }

  void purchased() {
    emit(EventType.SHIPMENT_PURCHASED, "purchased");
  }

  /** The carrier accepted the void; the refund may still be pending. */
  void voided() {
    emit(EventType.SHIPMENT_VOIDED, "voided");
  }

  /** The voided label's charge is credited back to the wallet. */
  void refunded() {
    emit(EventType.SHIPMENT_REFUNDED, "refunded");
  }

  void rerouted(String clientKey) {
    emit(EventType.SHIPMENT_REROUTED, "rerouted:" + clientKey);
  }

  private void emit(EventType type, String fact) {
    activities
        .events()
        .emit(
            new DomainEvent(
                state.tenantId(),
                "shipment:" + state.shipmentId() + ":" + fact,
                type.wireName(),
                state.shipmentId(),
                ShipmentEventData.of(state)));
  }
}
