package com.parceliq.carrier.usps;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.carrier.http.HttpAnswer;
import com.parceliq.carrier.spi.TrackingEvent;
import com.parceliq.carrier.spi.TrackingInfo;
import com.parceliq.carrier.spi.TrackingStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Tracking: {@code GET /tracking/v3/tracking/{trackingNumber}?expand=DETAIL}. USPS lists events
 * newest first; they are returned oldest first. Event times: {@code GMTTimestamp} when present,
 * else {@code eventTimestamp} (local time; its offset, or {@code GMTOffset}, or UTC when it has
 * neither). Statuses: the parcel's {@code statusCategory}, each event's {@code eventCode} (USPS Pub
 * 199 Appendix G) or, failing that, its {@code eventType} words.
 */
final class UspsTracking {

  static final String PATH = "/tracking/v3/tracking/";

  private UspsTracking() {}

  static TrackingInfo call(UspsClient client, String trackingCode) {
    HttpAnswer answer = client.get(path(trackingCode));
    if (!answer.isSuccess()) {
      throw UspsErrors.from("tracking", answer);
    }
    return parse(trackingCode, UspsJson.parse(answer.body()));
  }

  static String path(String trackingCode) {
    return PATH + UspsClient.segment(trackingCode.strip()) + "?expand=DETAIL";
  }

  static TrackingInfo parse(String trackingCode, JsonNode answer) {
    List<TrackingEvent> events = new ArrayList<>();
    for (JsonNode event : answer.path("trackingEvents")) {
      events.add(
          new TrackingEvent(
              eventStatus(UspsJson.text(event, "eventCode"), UspsJson.text(event, "eventType")),
              UspsJson.text(event, "eventType"),
              location(event),
              occurredAt(event)));
    }
    Collections.reverse(events);
    TrackingStatus status = category(UspsJson.text(answer, "statusCategory"));
    if (status == TrackingStatus.UNKNOWN && !events.isEmpty()) {
      status = events.get(events.size() - 1).status();
    }
    String number = UspsJson.text(answer, "trackingNumber");
    return new TrackingInfo(number == null ? trackingCode : number, status, List.copyOf(events));
  }

  /** The parcel-level status category USPS reports. */
  static TrackingStatus category(String category) {
    if (category == null) {
      return TrackingStatus.UNKNOWN;
    }
    return switch (category.strip().toLowerCase(Locale.ROOT)) {
      case "pre-shipment", "pre-transit", "label created" -> TrackingStatus.PRE_TRANSIT;
      case "accepted", "in transit", "in-transit", "available for pickup" ->
          TrackingStatus.IN_TRANSIT;
      case "out for delivery" -> TrackingStatus.OUT_FOR_DELIVERY;
      case "delivered" -> TrackingStatus.DELIVERED;
      case "return to sender", "returned to sender" -> TrackingStatus.RETURN_TO_SENDER;
      case "alert", "delivery attempt" -> TrackingStatus.FAILURE;
      default -> TrackingStatus.UNKNOWN;
    };
  }

  static TrackingStatus eventStatus(String code, String type) {
    if (code != null) {
      switch (code.strip().toUpperCase(Locale.ROOT)) {
        case "MA", "GX" -> {
          return TrackingStatus.PRE_TRANSIT;
        }
        case "01" -> {
          return TrackingStatus.DELIVERED;
        }
        case "OF" -> {
          return TrackingStatus.OUT_FOR_DELIVERY;
        }
        case "09", "28", "29", "31" -> {
          return TrackingStatus.RETURN_TO_SENDER;
        }
        case "02", "04", "05", "21", "22", "23" -> {
          return TrackingStatus.FAILURE;
        }
        default -> {
          // fall through to the event's words
        }
      }
    }
    String words = type == null ? "" : type.toLowerCase(Locale.ROOT);
    if (words.contains("delivered")) {
      return TrackingStatus.DELIVERED;
    }
    if (words.contains("out for delivery")) {
      return TrackingStatus.OUT_FOR_DELIVERY;
    }
    if (words.contains("label created") || words.contains("pre-shipment")) {
      return TrackingStatus.PRE_TRANSIT;
    }
    if (words.contains("return to sender") || words.contains("returned to sender")) {
      return TrackingStatus.RETURN_TO_SENDER;
    }
    return words.isBlank() ? TrackingStatus.UNKNOWN : TrackingStatus.IN_TRANSIT;
  }

  private static String location(JsonNode event) {
    StringJoiner location = new StringJoiner(" ");
    String city = UspsJson.text(event, "eventCity");
    String state = UspsJson.text(event, "eventState");
    String zip = UspsJson.text(event, "eventZIP");
    if (city != null && !city.isBlank()) {
      location.add(state == null || state.isBlank() ? city : city + ",");
    }
    if (state != null && !state.isBlank()) {
      location.add(state);
    }
    if (zip != null && !zip.isBlank()) {
      location.add(zip);
    }
    String joined = location.toString();
    return joined.isBlank() ? null : joined;
  }

  static String occurredAt(JsonNode event) {
    String gmt = UspsJson.text(event, "GMTTimestamp");
    if (gmt != null && !gmt.isBlank()) {
      Instant instant = instant(gmt, null);
      if (instant != null) {
        return instant.toString();
      }
    }
    String local = UspsJson.text(event, "eventTimestamp");
    Instant instant = local == null ? null : instant(local, UspsJson.text(event, "GMTOffset"));
    return instant == null ? null : instant.toString();
  }

  private static Instant instant(String value, String gmtOffset) {
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      try {
        LocalDateTime local = LocalDateTime.parse(value.strip());
        return local.toInstant(offset(gmtOffset));
      } catch (DateTimeParseException ignored) {
        return null;
      }
    }
  }

  /** USPS writes offsets as {@code -7:00}; Java wants {@code -07:00}. */
  private static ZoneOffset offset(String gmtOffset) {
    if (gmtOffset == null || gmtOffset.isBlank()) {
      return ZoneOffset.UTC;
    }
    String value = gmtOffset.strip();
    if (value.matches("[+-]\\d:\\d\\d")) {
      value = value.charAt(0) + "0" + value.substring(1);
    }
    try {
      return ZoneOffset.of(value);
    } catch (java.time.DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }
}
