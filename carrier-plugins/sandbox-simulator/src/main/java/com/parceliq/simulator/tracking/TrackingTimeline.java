package com.parceliq.simulator.tracking;

import com.parceliq.simulator.model.WireAddress;
import com.parceliq.simulator.state.LabelRecord;
import com.parceliq.simulator.views.Times;
import com.parceliq.simulator.views.TrackingView;
import com.parceliq.simulator.views.TrackingView.TrackingEventView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A label's scan history, derived at read time from when it was bought and its triggers, so polling
 * and pushes always agree. Without {@code sbx:deliver} a parcel stays pre_transit (never handed to
 * the carrier); with it the parcel is in_transit at once and delivered when the delay has passed.
 */
public final class TrackingTimeline {

  private TrackingTimeline() {}

  public static TrackingView view(LabelRecord label, Instant now) {
    LabelRecord.Purchase p = label.purchase();
    Optional<Instant> deliveryAt = label.deliveryAt();
    String moving = deliveryAt.isPresent() ? "in_transit" : "pre_transit";
    List<Timed> events = new ArrayList<>();
    events.add(new Timed(p.createdAt(), "pre_transit", "Shipping label created", where(p.from())));
    if (deliveryAt.isPresent()) {
      events.add(
          new Timed(p.createdAt(), "in_transit", "Accepted at origin facility", where(p.from())));
    }
    for (LabelRecord.Reroute reroute : label.reroutes()) {
      events.add(
          new Timed(
              reroute.at(),
              moving,
              "Intercepted and rerouted to " + reroute.to().cityLine(),
              where(p.from())));
    }
    label
        .voidedAt()
        .filter(voidedAt -> !label.deliveredBy(voidedAt))
        .ifPresent(at -> events.add(new Timed(at, moving, "Label voided by shipper", "")));
    if (label.deliveredBy(now)) {
      events.add(new Timed(deliveryAt.get(), "delivered", "Delivered", where(label.destination())));
    }
    events.sort(Comparator.comparing(Timed::at));
    String status = events.getLast().status();
    String estimate =
        deliveryAt.filter(at -> label.voidedAt().isEmpty()).map(Times::format).orElse(null);
    return new TrackingView(
        p.trackingCode(), p.id(), status, estimate, events.stream().map(Timed::view).toList());
  }

  private static String where(WireAddress address) {
    return address.cityLine();
  }

  private record Timed(Instant at, String status, String message, String location) {
    TrackingEventView view() {
      return new TrackingEventView(status, message, location, Times.format(at));
    }
  }
}
