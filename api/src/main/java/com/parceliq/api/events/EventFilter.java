package com.parceliq.api.events;

import com.parceliq.api.error.ApiException;
import com.parceliq.domain.EventType;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The {@code ?type=&shipment_id=} filters of {@code GET /v1/events}; null means "any". An unknown
 * type is a 422 naming the known ones: a misspelt type would otherwise list nothing, silently.
 */
public record EventFilter(String type, String shipmentId) {

  private static final int MAX_ID_LENGTH = 64;

  public static EventFilter parse(String type, String shipmentId) {
    return new EventFilter(parseType(type), parseShipmentId(shipmentId));
  }

  static String parseType(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return EventType.fromWireName(raw.strip())
        .map(EventType::wireName)
        .orElseThrow(
            () ->
                ApiException.invalidField(
                    "type",
                    "must be one of "
                        + Arrays.stream(EventType.values())
                            .map(EventType::wireName)
                            .collect(Collectors.joining(", "))));
  }

  static String parseShipmentId(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    if (raw.length() > MAX_ID_LENGTH) {
      throw ApiException.invalidField("shipment_id", "must be the id of a shipment");
    }
    return raw.strip();
  }
}
