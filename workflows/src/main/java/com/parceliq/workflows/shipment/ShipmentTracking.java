package com.parceliq.workflows.shipment;

import com.parceliq.domain.EventType;
import com.parceliq.domain.ShipmentStatus;
import com.parceliq.domain.TrackerIds;
import com.parceliq.workflows.ports.DomainEvent;
import com.parceliq.workflows.ports.TrackerRecord;
import io.temporal.workflow.Workflow;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;

/**
 * Carrier tracking of a bought label. Signals only queue the update; the workflow's main loop
 * applies them one at a time between operations ({@link #hasWork}), so a tracking write never
 * interleaves with a running buy, void or reroute. An update that tells nothing new (a resent or
 * older scan already known) changes nothing: no write, no event.
 */
final class ShipmentTracking {

  private static final Logger log = Workflow.getLogger(ShipmentTracking.class);

  private final ShipmentActivities activities;
  private final ShipmentState state;
  private final TrackingLog scans = new TrackingLog();
  private final Deque<TrackingUpdate> inbox = new ArrayDeque<>();

  ShipmentTracking(ShipmentActivities activities, ShipmentState state) {
    this.activities = activities;
    this.state = state;
  }

  void receive(TrackingUpdate update) {
    if (update == null || update.scans().isEmpty()) {
      log.info("shipment {}: empty tracking update ignored", state.shipmentId());
      return;
    }
    inbox.add(update);
  }

  /** Updates wait while an operation runs: a buy in flight may be about to make them relevant. */
  boolean hasWork() {
    return !inbox.isEmpty() && !state.isBusy();
  }

  /**
   * Runs as an operation of its own, so a buy, void or reroute arriving meanwhile is refused as "in
   * progress" instead of racing the status this writes.
   */
  void applyQueued() {
    state.begin("tracking", Workflow.currentTimeMillis());
    try {
      applyInbox();
    } finally {
      state.end(Workflow.currentTimeMillis());
    }
  }

  private void applyInbox() {
    while (!inbox.isEmpty()) {
      TrackingUpdate update = inbox.poll();
      if (!TrackingProgress.isTracked(state.status())) {
        log.info(
            "shipment {} is {}: {} tracking update ignored",
            state.shipmentId(),
            state.status().wireName(),
            update.source());
        continue;
      }
      apply(update);
    }
  }

  private void apply(TrackingUpdate update) {
    if (!scans.add(update.scans())) {
      log.info("shipment {}: {} update told nothing new", state.shipmentId(), update.source());
      return;
    }
    TrackingScan newest = scans.newest().orElseThrow();
    ShipmentStatus before = state.status();
    ShipmentStatus after = TrackingProgress.next(before, newest.status());
    state.tracked(after, Workflow.currentTimeMillis());
    String trackerId = TrackerIds.ofShipment(state.shipmentId());
    activities
        .records()
        .recordTracking(
            new TrackerRecord(
                state.tenantId(),
                state.shipmentId(),
                trackerId,
                state.carrier(),
                state.trackingCode(),
                newest.status(),
                after.wireName(),
                scans.scans(),
                newest.occurredAt()));
    if (after != before) {
      ShipmentSearch.status(after);
      log.info(
          "shipment {}: {} -> {} ({})",
          state.shipmentId(),
          before.wireName(),
          after.wireName(),
          update.source());
    }
    emitUpdated(trackerId, newest);
  }

  /**
   * One event per state of the tracker: the key names how many scans it holds and the newest one,
   * so a replayed or retried emit records nothing new, while a late older scan is news.
   */
  private void emitUpdated(String trackerId, TrackingScan newest) {
    String fact =
        "tracker:"
            + trackerId
            + ":"
            + scans.scans().size()
            + ":"
            + newest.occurredAt()
            + ":"
            + newest.status();
    activities
        .events()
        .emit(
            new DomainEvent(
                state.tenantId(),
                fact,
                EventType.TRACKER_UPDATED.wireName(),
                state.shipmentId(),
                trackerData(trackerId, newest)));
  }

  private Map<String, Object> trackerData(String trackerId, TrackingScan newest) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("object", "Tracker");
    data.put("id", trackerId);
    data.put("shipment_id", state.shipmentId());
    data.put("tracking_code", state.trackingCode());
    data.put("carrier", state.carrier());
    data.put("status", newest.status());
    data.put("shipment_status", state.status().wireName());
    data.put("tracking_details", scans.scans().stream().map(TrackingScan::detail).toList());
    data.put("updated_at", Instant.ofEpochMilli(Workflow.currentTimeMillis()).toString());
    return data;
  }
}
