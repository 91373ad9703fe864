package com.parceliq.activities.events;

import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.store.EventEntity;
import com.parceliq.store.JsonColumns;
import com.parceliq.temporal.observability.CorrelationKeys;
import com.parceliq.workflows.ports.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import org.slf4j.MDC;

/**
 * Writes an event row once per fact, in a transaction of its own: the id is made here, and a
 * retried activity (or a second worker racing the first) finds the fact's row and returns its id,
 * so the first id, time and data stand.
 */
@ApplicationScoped
public class EventRecorder {

  @Transactional
  public String record(DomainEvent event) {
    EventEntity row = new EventEntity();
    row.id = Ids.newId(IdPrefix.EVENT);
    row.tenantId = event.tenantId();
    row.factKey = event.factKey();
    row.eventType = event.type();
    row.shipmentId = event.shipmentId();
    row.dataJson = JsonColumns.write(event.data() == null ? Map.of() : event.data());
    row.createdAt = Instant.now();
    // The activity runs with the ids of the request that caused it (CorrelationPropagator).
    row.correlationId = MDC.get(CorrelationKeys.CORRELATION_ID);
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
}
