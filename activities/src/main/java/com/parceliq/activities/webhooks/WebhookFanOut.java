package com.parceliq.activities.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sends a recorded event to the tenant's enabled endpoints: a delivery row per endpoint (once per
 * endpoint and event, however often this runs) and its workflow. Runs after the event's own
 * transaction has committed, so a delivery never names an event that could still roll back; and it
 * runs again when a retried emit finds the fact recorded, so a crash between the event's commit and
 * the fan-out loses no delivery.
 */
@ApplicationScoped
public class WebhookFanOut {

  @Inject WebhookDeliveryRecords records;
  @Inject DeliveryStarter starter;

  public void deliver(String tenantId, String eventId) {
    for (String deliveryId : records.initialDeliveries(tenantId, eventId)) {
      starter.start(tenantId, deliveryId);
    }
  }
}
