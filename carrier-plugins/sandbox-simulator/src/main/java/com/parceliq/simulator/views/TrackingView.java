package com.parceliq.simulator.views;

import java.util.List;

/**
 * A parcel's tracking as {@code GET /v1/tracking/{code}} answers it and webhooks push it. Statuses
 * use EasyPost's names: pre_transit, in_transit, out_for_delivery, delivered, return_to_sender,
 * failure, unknown.
 */
public record TrackingView(
    String trackingCode,
    String shipmentId,
    String status,
    String estDeliveryAt,
    List<TrackingEventView> events) {

  /** One scan, oldest first in {@link TrackingView#events()}. */
  public record TrackingEventView(
      String status, String message, String location, String occurredAt) {}
}
