package com.parceliq.workflows.pickup;

import com.parceliq.domain.EventType;
import com.parceliq.workflows.ports.DomainEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pickup's domain events, emitted after the change they announce is recorded. A pickup is
 * scheduled at most once, so the fact key {@code pickup:<id>:scheduled} makes a retried activity or
 * a replayed workflow emit it once. The data is the pickup as it is then, fixed in history.
 */
final class PickupEvents {

  static final String OBJECT = "Pickup";

  private final PickupActivities activities;
  private final PickupState state;

  PickupEvents(PickupActivities activities, PickupState state) {
    this.activities = activities;
    this.state = state;
  }

  void scheduled() {
    activities
        .events()
        .emit(
            new DomainEvent(
                state.tenantId(),
                "pickup:" + state.pickupId() + ":scheduled",
                EventType.PICKUP_SCHEDULED.wireName(),
                null,
                data()));
  }

  private Map<String, Object> data() {
    PickupSnapshot snapshot = state.snapshot();
    NewPickup pickup = state.pickup();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("object", OBJECT);
    data.put("id", snapshot.pickupId());
    data.put("status", snapshot.status());
    data.put("reference", pickup.reference());
    data.put("carrier", snapshot.carrier());
    data.put("service", snapshot.service());
    data.put("confirmation", snapshot.confirmation());
    data.put("fee", snapshot.fee() == null ? null : snapshot.fee().toDecimalString());
    data.put("currency", snapshot.fee() == null ? null : snapshot.fee().currency());
    data.put("min_datetime", pickup.minDatetime().toString());
    data.put("max_datetime", pickup.maxDatetime().toString());
    data.put("shipments", List.copyOf(pickup.shipmentIds()));
    return data;
  }
}
