package com.parceliq.workflows.shipment;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One carrier scan as it reached ParcelIQ: {@code status} is the normalized tracking status's wire
 * name ({@code in_transit}, {@code delivered}...), {@code occurredAt} the carrier's RFC 3339
 * timestamp. Two scans with the same four values are the same scan (carriers resend them).
 */
public record TrackingScan(String status, String message, String location, String occurredAt) {

  /** The carrier's timestamp; {@link Instant#EPOCH} when it is missing or unreadable. */
  public Instant occurredInstant() {
    if (occurredAt == null) {
      return Instant.EPOCH;
    }
    try {
      return Instant.parse(occurredAt);
    } catch (DateTimeParseException e) {
      return Instant.EPOCH;
    }
  }

  /** The scan as a tracker shows it in {@code tracking_details[]} (EasyPost's shape). */
  public Map<String, String> detail() {
    Map<String, String> detail = new LinkedHashMap<>();
    detail.put("status", status);
    detail.put("message", message);
    detail.put("location", location);
    detail.put("datetime", occurredAt);
    return detail;
  }
}
