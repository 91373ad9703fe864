package com.parceliq.api.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.store.EventEntity;
import com.parceliq.store.JsonColumns;
import java.util.List;

/** Event rows as the API shows them; {@code data} is served as it was stored, never rebuilt. */
public final class EventRenderer {

  private EventRenderer() {}

  public static EventDto render(EventEntity event) {
    return render(event, null);
  }

  /** With its deliveries, as {@code GET /v1/events/{id}} shows it. */
  public static EventDto render(EventEntity event, List<EventDeliveryDto> deliveries) {
    return new EventDto(
        EventDto.OBJECT,
        event.id,
        event.eventType,
        event.createdAt,
        event.shipmentId,
        event.correlationId,
        JsonColumns.read(event.dataJson, JsonNode.class),
        deliveries);
  }
}
