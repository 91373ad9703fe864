package com.parceliq.activities.events;

import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.EventType;
import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.store.EventEntity;
import com.parceliq.store.JsonColumns;
import com.parceliq.workflows.ports.DomainEvent;
import com.parceliq.workflows.ports.EventActivities;
import io.temporal.failure.ApplicationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;

/**
 * Records domain events once per fact: the id is made here, and a retried activity (or a second
 * worker racing the first) finds the fact's row and returns its id, so the first id, time and data
 * stand.
 */
@ApplicationScoped
public class EventActivitiesImpl implements EventActivities {

  @Override
  @Transactional
  public String emit(DomainEvent event) {
    requireValid(event);
    EventEntity row = new EventEntity();
    row.id = Ids.newId(IdPrefix.EVENT);
    row.tenantId = event.tenantId();
    row.factKey = event.factKey();
    row.eventType = event.type();
    row.shipmentId = event.shipmentId();
    row.dataJson = JsonColumns.write(event.data() == null ? Map.of() : event.data());
    row.createdAt = Instant.now();
    if (row.insertIfAbsent()) {
      return row.id;
    }
    return EventEntity.findByFact(event.tenantId(), event.factKey())
        .map(recorded -> recorded.id)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "event fact " + event.factKey() + " conflicted but is not recorded"));
  }

  /** A malformed event is a bug in the emitting workflow: retrying cannot fix it. */
  private static void requireValid(DomainEvent event) {
    if (event == null
        || isBlank(event.tenantId())
        || isBlank(event.factKey())
        || EventType.fromWireName(event.type()).isEmpty()) {
      throw ApplicationFailure.newNonRetryableFailure(
          "an event needs a tenant, a fact key and a known type, got " + event,
          ErrorCode.INTERNAL.code());
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
