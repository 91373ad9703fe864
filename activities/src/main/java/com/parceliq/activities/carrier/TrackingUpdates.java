package com.parceliq.activities.carrier;

import com.parceliq.carrier.spi.TrackingEvent;
import com.parceliq.carrier.spi.TrackingInfo;
import com.parceliq.carrier.spi.TrackingStatus;
import com.parceliq.workflows.shipment.TrackingScan;
import com.parceliq.workflows.shipment.TrackingUpdate;
import java.util.Locale;

/** A carrier's tracking answer as the shipment workflow's poll update (statuses as wire names). */
final class TrackingUpdates {

  private TrackingUpdates() {}

  static TrackingUpdate poll(TrackingInfo info) {
    return new TrackingUpdate(
        info.trackingCode(),
        wire(info.status()),
        info.events().stream().map(TrackingUpdates::scan).toList(),
        TrackingUpdate.POLL);
  }

  private static TrackingScan scan(TrackingEvent event) {
    return new TrackingScan(
        wire(event.status()), event.message(), event.location(), event.occurredAt());
  }

  private static String wire(TrackingStatus status) {
    return (status == null ? TrackingStatus.UNKNOWN : status).name().toLowerCase(Locale.ROOT);
  }
}
