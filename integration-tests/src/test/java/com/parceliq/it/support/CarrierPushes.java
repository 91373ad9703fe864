package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Plays the sandbox carrier's push to {@code POST /v1/carrier_webhooks/sandbox}: a body in the
 * simulator's shape, signed as the simulator signs (X-Sandbox-Signature over {@code t.body}) with
 * the stack's secret (read from its data directory, where the launcher keeps it) or a wrong one.
 */
public final class CarrierPushes {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private CarrierPushes() {}

  /** The push of the simulator's tracking view {@code tracking} (as GET /v1/tracking answers). */
  public static String body(JsonNode tracking) {
    ObjectNode push = JSON.objectNode();
    push.put("id", Unique.key("sbxevt"));
    push.put("event", "tracking.updated");
    push.put(
        "occurred_at",
        tracking
            .path("events")
            .path(tracking.path("events").size() - 1)
            .path("occurred_at")
            .asText());
    push.set("tracking", tracking);
    return Json.write(push);
  }

  /**
   * A tracking view with the given scans, each {@code [status, message, location, occurred_at]}.
   */
  public static JsonNode tracking(String trackingCode, String[]... scans) {
    ObjectNode tracking = JSON.objectNode();
    tracking.put("tracking_code", trackingCode);
    tracking.put("status", scans[scans.length - 1][0]);
    ArrayNode events = tracking.putArray("events");
    for (String[] scan : scans) {
      ObjectNode event = events.addObject();
      event.put("status", scan[0]);
      event.put("message", scan[1]);
      event.put("location", scan[2]);
      event.put("occurred_at", scan[3]);
    }
    return tracking;
  }

  public static ApiResponse pushSigned(String carrier, String body) {
    return push(carrier, body, stackSecret());
  }

  public static ApiResponse push(String carrier, String body, String secret) {
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    return TestStack.api()
        .post("/v1/carrier_webhooks/" + carrier)
        .header("X-Sandbox-Signature", "t=" + timestamp + ",v1=" + hmac(secret, timestamp, body))
        .rawJson(body)
        .send();
  }

  private static String stackSecret() {
    try {
      return Files.readAllLines(TestStack.config().dataDir().resolve("sandbox-webhook-secret"))
          .getFirst()
          .strip();
    } catch (IOException e) {
      throw new UncheckedIOException("the launcher keeps the stack's webhook secret there", e);
    }
  }

  private static String hmac(String secret, String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
