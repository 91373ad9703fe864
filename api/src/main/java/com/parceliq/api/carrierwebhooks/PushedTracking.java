package com.parceliq.api.carrierwebhooks;

import com.parceliq.carrier.spi.TrackingEvent;
import com.parceliq.carrier.spi.TrackingInfo;
import com.parceliq.carrier.spi.TrackingStatus;
import com.parceliq.workflows.shipment.TrackingScan;
import com.parceliq.workflows.shipment.TrackingUpdate;
import java.util.Locale;

/** A carrier's pushed tracking as the shipment workflow's signal (statuses as wire names). */
final class PushedTracking {

  private PushedTracking() {}

  static TrackingUpdate update(TrackingInfo info) {
    return new TrackingUpdate(
        info.trackingCode(),
        wire(info.status()),
        info.events().stream().map(PushedTracking::scan).toList(),
        TrackingUpdate.PUSH);
  }

  private static TrackingScan scan(TrackingEvent event) {
    return new TrackingScan(
        wire(event.status()), event.message(), event.location(), event.occurredAt());
  }

  private static String wire(TrackingStatus status) {
    return (status == null ? TrackingStatus.UNKNOWN : status).name().toLowerCase(Locale.ROOT);
  }
}
