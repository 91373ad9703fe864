package com.parceliq.it.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.WebhookReceiver.Delivery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Webhooks, as the tenant's receiver saw them: every event of {@code GET /v1/events} emitted after
 * the webhook was registered arrived at least once with a valid signature (HMAC-SHA256 over
 * timestamp + "." + raw body, timestamp within 5 minutes: CONTRACT section 5, verified by {@link
 * com.parceliq.it.support.WebhookReceiver}); no delivery failed verification; no event id came with
 * two different bodies.
 */
public final class DeliveryInvariant {

  static final String NAME = "webhooks";

  private DeliveryInvariant() {}

  public static List<Violation> check(
      String tenantId, Instant since, List<JsonNode> events, List<Delivery> received) {
    List<Violation> violations = new ArrayList<>();
    Set<String> verified = new HashSet<>();
    Map<String, Set<String>> bodies = new HashMap<>();
    for (Delivery delivery : received) {
      if (delivery.verified()) {
        verified.add(delivery.eventId());
      } else {
        violations.add(
            new Violation(
                NAME,
                tenantId + " " + delivery.eventId(),
                "a delivery failed verification (signature valid: "
                    + delivery.signatureValid()
                    + ", timestamp fresh: "
                    + delivery.timestampFresh()
                    + ")"));
      }
      bodies.computeIfAbsent(delivery.eventId(), id -> new HashSet<>()).add(delivery.text());
    }
    bodies.forEach(
        (id, distinct) -> {
          if (distinct.size() > 1) {
            violations.add(
                new Violation(NAME, id, "delivered with " + distinct.size() + " different bodies"));
          }
        });
    for (JsonNode event : events) {
      String id = event.path("id").asText();
      Instant created = Instant.parse(event.path("created_at").asText());
      if (!created.isBefore(since) && !verified.contains(id)) {
        violations.add(
            new Violation(
                NAME,
                tenantId + " " + id,
                event.path("type").asText() + " never delivered with a valid signature"));
      }
    }
    return violations;
  }

  /** The events still waiting for a verified delivery: what the settle phase waits for. */
  public static long undelivered(Instant since, List<JsonNode> events, List<Delivery> received) {
    Set<String> verified = new HashSet<>();
    received.stream().filter(Delivery::verified).forEach(d -> verified.add(d.eventId()));
    return events.stream()
        .filter(event -> !Instant.parse(event.path("created_at").asText()).isBefore(since))
        .filter(event -> !verified.contains(event.path("id").asText()))
        .count();
  }
}
