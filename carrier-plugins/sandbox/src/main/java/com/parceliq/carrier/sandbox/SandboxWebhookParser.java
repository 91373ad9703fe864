package com.parceliq.carrier.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.CarrierWebhookException;
import com.parceliq.carrier.spi.CarrierWebhookParser;
import com.parceliq.carrier.spi.TrackingInfo;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The simulator's tracking push: {@code {"id", "event": "tracking.updated", "occurred_at",
 * "tracking": <GET /v1/tracking/{code} shape>}}, signed with {@code X-Sandbox-Signature: t=<unix
 * seconds>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>}. A signature older than {@link
 * #TOLERANCE} is refused, so a captured push cannot be replayed later.
 */
public final class SandboxWebhookParser implements CarrierWebhookParser {

  public static final String SIGNATURE_HEADER = "x-sandbox-signature";
  static final Duration TOLERANCE = Duration.ofMinutes(5);

  @Override
  public String carrierCode() {
    return SandboxCarrierPlugin.CODE;
  }

  @Override
  public List<TrackingInfo> parse(
      Map<String, String> headers, byte[] rawBody, String secret, Instant now) {
    if (secret == null || secret.isBlank()) {
      throw CarrierWebhookException.unauthenticated("no webhook secret is configured for sandbox");
    }
    Signature signature = Signature.parse(headers.get(SIGNATURE_HEADER));
    if (!WebhookSignatures.matches(
        WebhookSignatures.hmacHex(secret, signature.timestamp(), rawBody), signature.v1())) {
      throw CarrierWebhookException.unauthenticated(
          "the sandbox signature does not match the body");
    }
    Instant signedAt = Instant.ofEpochSecond(signature.epochSeconds());
    if (Duration.between(signedAt, now).abs().compareTo(TOLERANCE) > 0) {
      throw CarrierWebhookException.unauthenticated(
          "the sandbox signature was made at " + signedAt + ", more than 5 minutes from now");
    }
    return List.of(tracking(rawBody));
  }

  private static TrackingInfo tracking(byte[] rawBody) {
    JsonNode push;
    try {
      push = SandboxJson.MAPPER.readTree(rawBody);
    } catch (IOException e) {
      throw CarrierWebhookException.malformed("the body is not JSON");
    }
    if (push == null || !"tracking.updated".equals(push.path("event").asText())) {
      throw CarrierWebhookException.malformed("not a tracking.updated push");
    }
    JsonNode tracking = push.path("tracking");
    if (!tracking.isObject() || !tracking.path("events").isArray()) {
      throw CarrierWebhookException.malformed("the push has no tracking with events");
    }
    try {
      return TrackingCall.parse(tracking);
    } catch (CarrierException e) {
      throw CarrierWebhookException.malformed(
          "the push's tracking is incomplete: " + e.getMessage());
    }
  }

  /** {@code t=<unix seconds>,v1=<hex>}, in any order. */
  private record Signature(String timestamp, long epochSeconds, String v1) {

    static Signature parse(String header) {
      if (header == null || header.isBlank()) {
        throw CarrierWebhookException.unauthenticated("the X-Sandbox-Signature header is missing");
      }
      String timestamp = null;
      String v1 = null;
      for (String part : header.split(",")) {
        String[] pair = part.strip().split("=", 2);
        if (pair.length == 2 && pair[0].equals("t")) {
          timestamp = pair[1];
        } else if (pair.length == 2 && pair[0].equals("v1")) {
          v1 = pair[1];
        }
      }
      if (timestamp == null || v1 == null) {
        throw CarrierWebhookException.unauthenticated(
            "the X-Sandbox-Signature header needs t=<unix seconds>,v1=<hex>");
      }
      try {
        return new Signature(timestamp, Long.parseLong(timestamp), v1);
      } catch (NumberFormatException e) {
        throw CarrierWebhookException.unauthenticated("the signature's t is not unix seconds");
      }
    }
  }
}
