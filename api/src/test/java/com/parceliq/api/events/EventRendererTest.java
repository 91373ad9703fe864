package com.parceliq.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.store.EventEntity;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventRendererTest {

  @Test
  void anEventShowsItsStoredDataUnchanged() {
    EventEntity row = new EventEntity();
    row.id = "evt_1";
    row.tenantId = "ten_1";
    row.factKey = "shipment:shp_1:purchased";
    row.eventType = "shipment.purchased";
    row.shipmentId = "shp_1";
    row.dataJson =
        "{\"id\": \"shp_1\", \"status\": \"purchased\", \"label_amount\": \"12.30\","
            + " \"fees\": []}";
    row.createdAt = Instant.parse("2026-01-01T12:00:00Z");

    EventDto shown = EventRenderer.render(row);

    assertThat(shown.object()).isEqualTo("Event");
    assertThat(shown.id()).isEqualTo("evt_1");
    assertThat(shown.type()).isEqualTo("shipment.purchased");
    assertThat(shown.shipmentId()).isEqualTo("shp_1");
    assertThat(shown.createdAt()).isEqualTo(Instant.parse("2026-01-01T12:00:00Z"));
    assertThat(shown.data().path("status").asText()).isEqualTo("purchased");
    assertThat(shown.data().path("label_amount").asText()).isEqualTo("12.30");
    assertThat(shown.data().path("fees").isArray()).isTrue();
  }
}
