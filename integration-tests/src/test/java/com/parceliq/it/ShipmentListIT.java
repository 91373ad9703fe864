package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/shipments}: newest first, paged with page_size and before_id. */
class ShipmentListIT {

  @Test
  void shipmentsArePagedNewestFirstWithBeforeId() {
    Tenant tenant = TestStack.newTenant();
    String oldest = tenant.createShipment(null).path("id").asText();
    String middle = tenant.createShipment(null).path("id").asText();
    String newest = tenant.createShipment(null).path("id").asText();

    JsonNode firstPage = tenant.get("/v1/shipments?page_size=2").send().expect(200);
    JsonNode secondPage =
        tenant.get("/v1/shipments?page_size=2&before_id=" + middle).send().expect(200);

    assertThat(ids(firstPage)).containsExactly(newest, middle);
    assertThat(firstPage.path("has_more").asBoolean()).isTrue();
    assertThat(ids(secondPage)).containsExactly(oldest);
    assertThat(secondPage.path("has_more").asBoolean()).isFalse();
  }

  @Test
  void aNewTenantHasNoShipments() {
    Tenant tenant = TestStack.newTenant();

    JsonNode page = tenant.get("/v1/shipments").send().expect(200);

    assertThat(page.path("shipments").isArray()).isTrue();
    assertThat(page.path("shipments").size()).isZero();
    assertThat(page.path("has_more").asBoolean(true)).isFalse();
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("shipments").forEach(shipment -> ids.add(shipment.path("id").asText()));
    return ids;
  }
}
