package com.parceliq.it.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.WebhookReceiver.Delivery;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The webhook check on forged deliveries. */
class DeliveryInvariantTest {

  private static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void everyEventDeliveredOnceVerifiedIsClean() {
    assertThat(
            DeliveryInvariant.check(
                "ten_1",
                SINCE,
                List.of(event("evt_1", "2026-01-01T00:00:01Z")),
                List.of(delivery("evt_1", "{\"a\":1}", true))))
        .isEmpty();
  }

  @Test
  void eventNeverDeliveredIsAViolation() {
    assertThat(
            DeliveryInvariant.check(
                "ten_1", SINCE, List.of(event("evt_1", "2026-01-01T00:00:01Z")), List.of()))
        .extracting(Violation::detail)
        .containsExactly("shipment.created never delivered with a valid signature");
  }

  @Test
  void eventOlderThanTheWebhookIsNotExpected() {
    assertThat(
            DeliveryInvariant.check(
                "ten_1", SINCE, List.of(event("evt_1", "2025-12-31T23:59:59Z")), List.of()))
        .isEmpty();
  }

  @Test
  void deliveryWithABadSignatureIsAViolationAndDoesNotCountAsDelivered() {
    assertThat(
            DeliveryInvariant.check(
                "ten_1",
                SINCE,
                List.of(event("evt_1", "2026-01-01T00:00:01Z")),
                List.of(delivery("evt_1", "{}", false))))
        .hasSize(2);
  }

  @Test
  void sameEventIdDeliveredWithTwoBodiesIsAViolation() {
    assertThat(
            DeliveryInvariant.check(
                "ten_1",
                SINCE,
                List.of(event("evt_1", "2026-01-01T00:00:01Z")),
                List.of(
                    delivery("evt_1", "{\"a\":1}", true), delivery("evt_1", "{\"a\":2}", true))))
        .containsExactly(new Violation("webhooks", "evt_1", "delivered with 2 different bodies"));
  }

  private static JsonNode event(String id, String createdAt) {
    return Json.object().put("id", id).put("type", "shipment.created").put("created_at", createdAt);
  }

  private static Delivery delivery(String eventId, String body, boolean signatureValid) {
    return new Delivery(
        eventId, body.getBytes(StandardCharsets.UTF_8), signatureValid, true, Instant.now(), null);
  }
}
