package com.parceliq.carrier.ups;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.TrackingEvent;
import com.parceliq.carrier.spi.TrackingInfo;
import com.parceliq.carrier.spi.TrackingStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Tracking: {@code GET /api/track/v1/details/{inquiryNumber}?locale=en_US&returnSignature=false}.
 * UPS lists activities newest first; we return them oldest first, timestamps in UTC from the local
 * date, time and {@code gmtOffset}. Status types (Tracking appendix): M manifest / label created, P
 * pickup, I in transit, O out for delivery, D delivered, X exception, RS returned to shipper, MV
 * billing information voided.
 */
final class UpsTracking {

  static final String PATH = "/api/track/v1/details/";
  static final String QUERY = "?locale=en_US&returnSignature=false";

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");
  private static final DateTimeFormatter RFC_3339 =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssX");

  private UpsTracking() {}

  static TrackingInfo call(UpsApi api, String trackingCode) {
    return parse(api.get(PATH + UpsApi.segment(trackingCode) + QUERY), trackingCode);
  }

  static TrackingInfo parse(JsonNode answer, String trackingCode) {
    List<JsonNode> shipments = UpsJson.list(answer.path("trackResponse").path("shipment"));
    if (shipments.isEmpty()) {
      throw UpsJson.unexpected("tracking answer without a shipment");
    }
    List<JsonNode> packages = UpsJson.list(shipments.get(0).path("package"));
    if (packages.isEmpty()) {
      // "Tracking Information Not Found" comes back as a warning on a 200 for some numbers.
      StringJoiner warnings = new StringJoiner("; ");
      UpsJson.list(shipments.get(0).path("warnings"))
          .forEach(w -> warnings.add(w.path("code").asText() + " " + w.path("message").asText()));
      throw new CarrierException(
          UpsCarrierPlugin.CODE,
          CarrierErrorKind.REJECTED,
          "ups has no tracking for " + trackingCode + ": " + warnings,
          List.of());
    }
    JsonNode pkg = packages.get(0);
    List<TrackingEvent> events = new ArrayList<>();
    for (JsonNode activity : UpsJson.list(pkg.path("activity"))) {
      events.add(0, event(activity));
    }
    TrackingStatus current =
        pkg.path("currentStatus").has("type")
            ? status(pkg.path("currentStatus"))
            : events.isEmpty() ? TrackingStatus.UNKNOWN : events.getLast().status();
    String number = UpsJson.text(pkg, "trackingNumber");
    return new TrackingInfo(number == null ? trackingCode : number, current, List.copyOf(events));
  }

  private static TrackingEvent event(JsonNode activity) {
    JsonNode status = activity.path("status");
    return new TrackingEvent(
        status(status),
        UpsJson.text(status, "description"),
        location(activity.path("location").path("address")),
        occurredAt(activity));
  }

  static TrackingStatus status(JsonNode status) {
    String type = status.path("type").asText("").toUpperCase(Locale.ROOT);
    String description = status.path("description").asText("").toLowerCase(Locale.ROOT);
    return switch (type) {
      case "M" -> TrackingStatus.PRE_TRANSIT;
      case "P" -> TrackingStatus.IN_TRANSIT;
      case "I" ->
          description.contains("out for delivery")
              ? TrackingStatus.OUT_FOR_DELIVERY
              : TrackingStatus.IN_TRANSIT;
      case "O" -> TrackingStatus.OUT_FOR_DELIVERY;
      case "D" -> TrackingStatus.DELIVERED;
      case "RS" -> TrackingStatus.RETURN_TO_SENDER;
      case "X" -> TrackingStatus.FAILURE;
      default -> TrackingStatus.UNKNOWN;
    };
  }

  private static String location(JsonNode address) {
    StringJoiner location = new StringJoiner(", ");
    for (String field : List.of("city", "stateProvince", "countryCode")) {
      String value = UpsJson.text(address, field);
      if (value != null) {
        location.add(value);
      }
    }
    return location.length() == 0 ? null : location.toString();
  }

  /** RFC 3339 UTC from the local date, time (HHMMSS) and offset; null when UPS gave no date. */
  static String occurredAt(JsonNode activity) {
    String date = UpsJson.text(activity, "date");
    if (date == null) {
      return null;
    }
    try {
      String time = UpsJson.text(activity, "time");
      LocalTime local = time == null ? LocalTime.MIDNIGHT : LocalTime.parse(time, TIME);
      String offset = UpsJson.text(activity, "gmtOffset");
      ZoneOffset zone = offset == null ? ZoneOffset.UTC : ZoneOffset.of(offset);
      return OffsetDateTime.of(LocalDate.parse(date, DATE), local, zone)
          .withOffsetSameInstant(ZoneOffset.UTC)
          .format(RFC_3339);
    } catch (DateTimeParseException e) {
      throw UpsJson.unexpected("activity date/time " + date + " is not UPS's format");
    } catch (java.time.DateTimeException e) {
      throw UpsJson.unexpected("activity offset is not an offset");
    }
  }
}
