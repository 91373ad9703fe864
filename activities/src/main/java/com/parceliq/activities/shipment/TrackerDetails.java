package com.parceliq.activities.shipment;

import com.parceliq.workflows.shipment.TrackingScan;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tracker's scans as stored in {@code trackers.tracking_details}: the API's detail shape. */
final class TrackerDetails {

  private TrackerDetails() {}

  static List<Map<String, String>> of(List<TrackingScan> scans) {
    return scans.stream()
        .map(
            scan -> {
              Map<String, String> detail = new LinkedHashMap<>();
              detail.put("status", scan.status());
              detail.put("message", scan.message());
              detail.put("location", scan.location());
              detail.put("datetime", scan.occurredAt());
              return detail;
            })
        .toList();
  }

  /** The carrier's timestamp, or null when it sent none it could read. */
  static Instant instant(String rfc3339) {
    if (rfc3339 == null) {
      return null;
    }
    try {
      return Instant.parse(rfc3339);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
