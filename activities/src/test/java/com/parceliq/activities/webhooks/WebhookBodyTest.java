package com.parceliq.activities.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.store.EventEntity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookBodyTest {

  private static EventEntity event(Instant createdAt, String data) {
    EventEntity event = new EventEntity();
    event.id = "evt_01JTESTEVENT0000000000000";
    event.eventType = "shipment.purchased";
    event.createdAt = createdAt;
    event.dataJson = data;
    return event;
  }

  @Test
  void bodyCarriesIdTypeCreatedAtAndTheStoredDataInThatOrder() {
    String body =
        new String(
            WebhookBody.of(
                event(
                    Instant.parse("2026-11-22T10:00:00.123456Z"),
                    "{\"id\": \"shp_1\", \"rate\": \"12.30\", \"weight\": 21.50}")),
            StandardCharsets.UTF_8);

    assertThat(body)
        .isEqualTo(
            "{\"id\":\"evt_01JTESTEVENT0000000000000\",\"type\":\"shipment.purchased\","
                + "\"created_at\":\"2026-11-22T10:00:00.123456Z\","
                + "\"data\":{\"id\":\"shp_1\",\"rate\":\"12.30\",\"weight\":21.50}}");
  }

  @Test
  void theSameEventRowAlwaysGivesTheSameBytes() {
    EventEntity first = event(Instant.parse("2026-11-22T10:00:00Z"), "{\"b\": [1, 2], \"a\": {}}");
    EventEntity readAgain =
        event(Instant.parse("2026-11-22T10:00:00.000000Z"), "{\"b\": [1, 2], \"a\": {}}");

    assertThat(WebhookBody.of(readAgain)).isEqualTo(WebhookBody.of(first));
    // A whole second prints with its microseconds too: the width never depends on the value.
    assertThat(new String(WebhookBody.of(first), StandardCharsets.UTF_8))
        .contains("\"created_at\":\"2026-11-22T10:00:00.000000Z\"");
  }
}
