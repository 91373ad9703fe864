package com.parceliq.carrier.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.carrier.spi.TrackingEvent;
import com.parceliq.carrier.spi.TrackingInfo;
import com.parceliq.carrier.spi.TrackingStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tracking: {@code GET /v1/tracking/{code}}; statuses already use EasyPost's names. */
final class TrackingCall {

  private TrackingCall() {}

  static TrackingInfo call(SandboxClient client, String trackingCode) {
    return parse(client.get(path(trackingCode)));
  }

  static String path(String trackingCode) {
    return "/v1/tracking/" + SandboxClient.segment(trackingCode);
  }

  static TrackingInfo parse(JsonNode answer) {
    List<TrackingEvent> events = new ArrayList<>();
    for (JsonNode event : answer.path("events")) {
      events.add(
          new TrackingEvent(
              status(SandboxJson.text(event, "status")),
              SandboxJson.text(event, "message"),
              SandboxJson.text(event, "location"),
              SandboxJson.text(event, "occurred_at")));
    }
    return new TrackingInfo(
        SandboxJson.required(answer, "tracking_code"),
        status(SandboxJson.text(answer, "status")),
        List.copyOf(events));
  }

  /** A status this plugin does not know yet is UNKNOWN rather than a failed poll. */
  static TrackingStatus status(String wire) {
    if (wire == null) {
      return TrackingStatus.UNKNOWN;
    }
    try {
      return TrackingStatus.valueOf(wire.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return TrackingStatus.UNKNOWN;
    }
  }
}
