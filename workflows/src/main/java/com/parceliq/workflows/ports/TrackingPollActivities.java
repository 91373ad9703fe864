package com.parceliq.workflows.ports;

import com.parceliq.workflows.shipment.TrackingUpdate;
import io.temporal.activity.ActivityInterface;
import java.util.List;

/** The tracking poller's own steps: finding stale trackers and handing news to shipments. */
@ActivityInterface
public interface TrackingPollActivities {

  /**
   * Up to {@code limit} shipments after {@code afterShipmentId} (null: from the start), by id,
   * whose parcel is on its way (purchased, rerouted, in_transit, out_for_delivery) and whose
   * tracker had no news and no check for the configured staleness, across all tenants.
   */
  List<TrackedShipment> stalePage(String afterShipmentId, int limit);

  /**
   * Signals the shipment's workflow with what its carrier answered and marks the tracker checked. A
   * shipment whose workflow has ended is only marked.
   */
  void deliver(TrackedShipment shipment, TrackingUpdate update);
}
