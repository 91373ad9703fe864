package com.parceliq.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.http.CarrierJson;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.FieldError;
import com.parceliq.carrier.spi.TrackingEvent;
import com.parceliq.carrier.spi.TrackingInfo;
import com.parceliq.carrier.spi.TrackingStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Tracking: {@code POST /track/v1/trackingnumbers} for one number with detailed scans. FedEx lists
 * scans newest first with local-offset times; we return them oldest first in UTC. A number FedEx
 * does not know comes back as a 200 whose track result holds an {@code error} ({@code
 * TRACKING.TRACKINGNUMBER.NOTFOUND}): that is REJECTED with a field error on the tracking code. A
 * scan's status maps from its {@code eventType} (falling back to {@code derivedStatusCode}); the
 * parcel's from {@code latestStatusDetail.derivedCode} (falling back to {@code code}).
 */
final class FedexTracking {

  static final String PATH = "/track/v1/trackingnumbers";

  private static final Map<String, TrackingStatus> STATUSES =
      Map.ofEntries(
          Map.entry("OC", TrackingStatus.PRE_TRANSIT), // label created, not yet with FedEx
          Map.entry("IN", TrackingStatus.PRE_TRANSIT), // initiated (derived code of OC)
          Map.entry("PU", TrackingStatus.IN_TRANSIT), // picked up
          Map.entry("IT", TrackingStatus.IN_TRANSIT),
          Map.entry("AR", TrackingStatus.IN_TRANSIT), // arrived at a facility
          Map.entry("DP", TrackingStatus.IN_TRANSIT), // departed a facility
          Map.entry("AF", TrackingStatus.IN_TRANSIT), // at a FedEx facility
          Map.entry("CC", TrackingStatus.IN_TRANSIT), // cleared customs
          Map.entry("DY", TrackingStatus.IN_TRANSIT), // delayed
          Map.entry("HL", TrackingStatus.IN_TRANSIT), // held at a location for pickup
          Map.entry("OD", TrackingStatus.OUT_FOR_DELIVERY),
          Map.entry("DL", TrackingStatus.DELIVERED),
          Map.entry("RS", TrackingStatus.RETURN_TO_SENDER),
          Map.entry("DE", TrackingStatus.FAILURE), // delivery exception
          Map.entry("SE", TrackingStatus.FAILURE), // shipment exception
          Map.entry("CA", TrackingStatus.FAILURE)); // cancelled

  private FedexTracking() {}

  static TrackingInfo call(FedexApi api, String trackingCode) {
    return parse(api.post(PATH, request(trackingCode), null), trackingCode);
  }

  static ObjectNode request(String trackingCode) {
    ObjectNode body = CarrierJson.object();
    body.put("includeDetailedScans", true);
    body.putArray("trackingInfo")
        .addObject()
        .putObject("trackingNumberInfo")
        .put("trackingNumber", trackingCode);
    return body;
  }

  static TrackingInfo parse(JsonNode answer, String trackingCode) {
    JsonNode complete = answer.path("output").path("completeTrackResults").path(0);
    JsonNode result = complete.path("trackResults").path(0);
    if (result.isMissingNode()) {
      throw FedexErrors.unexpected("track answer without trackResults");
    }
    JsonNode error = result.path("error");
    if (error.isObject()) {
      String code = error.path("code").asText("");
      String message = error.path("message").asText("");
      throw failure(code, message);
    }
    List<TrackingEvent> events = new ArrayList<>();
    for (JsonNode scan : result.path("scanEvents")) {
      events.add(
          new TrackingEvent(
              status(first(scan, "eventType", "derivedStatusCode")),
              FedexJson.text(scan, "eventDescription"),
              location(scan.path("scanLocation")),
              utc(FedexJson.text(scan, "date"))));
    }
    // Newest first from FedEx; a stable sort keeps its order among scans at the same instant.
    List<TrackingEvent> oldestFirst = new ArrayList<>(events.reversed());
    oldestFirst.sort(
        Comparator.comparing(
            FedexTracking::instant, Comparator.nullsFirst(Comparator.naturalOrder())));
    JsonNode latest = result.path("latestStatusDetail");
    String number = FedexJson.text(complete, "trackingNumber");
    return new TrackingInfo(
        number != null ? number : trackingCode,
        status(first(latest, "derivedCode", "code")),
        List.copyOf(oldestFirst));
  }

  private static CarrierException failure(String code, String message) {
    return new CarrierException(
        FedexCarrierPlugin.CODE,
        code.endsWith("NOTFOUND") || code.endsWith("INVALID")
            ? CarrierErrorKind.REJECTED
            : CarrierErrorKind.UNAVAILABLE,
        "fedex tracking answered " + code + ": " + message,
        List.of(new FieldError("tracking_code", message.isBlank() ? code : message)));
  }

  static TrackingStatus status(String code) {
    return code == null
        ? TrackingStatus.UNKNOWN
        : STATUSES.getOrDefault(code, TrackingStatus.UNKNOWN);
  }

  private static String first(JsonNode node, String field, String fallback) {
    String value = FedexJson.text(node, field);
    return value != null ? value : FedexJson.text(node, fallback);
  }

  private static String location(JsonNode scanLocation) {
    StringJoiner joined = new StringJoiner(", ");
    for (String field : List.of("city", "stateOrProvinceCode", "countryCode")) {
      String value = FedexJson.text(scanLocation, field);
      if (value != null) {
        joined.add(value);
      }
    }
    return joined.length() == 0 ? null : joined.toString();
  }

  private static Instant instant(TrackingEvent event) {
    try {
      return event.occurredAt() == null ? null : Instant.parse(event.occurredAt());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** FedEx's local time with offset as RFC 3339 UTC; a time without an offset is kept as sent. */
  static String utc(String date) {
    if (date == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(date).toInstant().toString();
    } catch (DateTimeParseException e) {
      return date;
    }
  }
}
