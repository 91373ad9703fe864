package com.parceliq.api.trackers;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * A shipment's tracker: the parcel's tracking status (EasyPost's names: pre_transit, in_transit,
 * out_for_delivery, delivered, return_to_sender, failure, unknown) and its scans oldest first.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TrackerDto(
    String id,
    String object,
    String shipmentId,
    String trackingCode,
    String carrier,
    String status,
    List<TrackingDetailDto> trackingDetails,
    Instant updatedAt) {

  public static final String OBJECT = "Tracker";

  /** One carrier scan; {@code datetime} is the carrier's RFC 3339 timestamp. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record TrackingDetailDto(
      String status, String message, String location, String datetime) {}
}
