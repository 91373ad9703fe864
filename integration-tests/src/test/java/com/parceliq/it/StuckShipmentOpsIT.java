package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.OpsShipments;
import com.parceliq.it.support.ParkedPurchases;
import com.parceliq.it.support.Purchases;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The platform admin's routes for parked shipments: {@code GET /v1/ops/stuck} lists them across
 * tenants with why they parked, {@code POST /v1/ops/shipments/{id}/decision} resolves one through
 * the workflow's {@code operatorDecision} signal, audited. Two purchases park in parallel (about a
 * minute and a half); the listing runs first, while both are still parked.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StuckShipmentOpsIT {

  private static Tenant tenant;
  private static RatedShipment parkedFirst;
  private static RatedShipment cancelled;
  private static RatedShipment notParked;

  @BeforeAll
  static void parkTwoPurchases() {
    tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    parkedFirst = tenant.createRatedShipment(ParkedPurchases.KEEPS_FAILING);
    cancelled = tenant.createRatedShipment(ParkedPurchases.KEEPS_FAILING);
    notParked = tenant.createRatedShipment(Unique.key("not-parked"));
    List.of(
            ParkedPurchases.startBuy(tenant, parkedFirst),
            ParkedPurchases.startBuy(tenant, cancelled))
        .forEach(CompletableFuture::join);
    ParkedPurchases.awaitParked(tenant, parkedFirst.shipmentId());
    ParkedPurchases.awaitParked(tenant, cancelled.shipmentId());
  }

  @Test
  @Order(1)
  void stuckListsEachParkedShipmentWithWhyItParkedAndItsWorkflow() {
    JsonNode page = OpsShipments.stuck("?tenant_id=" + tenant.id()).expect(200);

    assertThat(page.path("has_more").asBoolean()).isFalse();
    assertThat(ids(page)).containsExactly(cancelled.shipmentId(), parkedFirst.shipmentId());
    JsonNode first = page.path("shipments").get(0);
    assertThat(first.path("tenant_id").asText()).isEqualTo(tenant.id());
    assertThat(first.path("status").asText()).isEqualTo("rated");
    assertThat(first.path("error_code").asText()).startsWith("CARRIER.");
    assertThat(first.path("error_message").asText()).isNotBlank();
    assertThat(first.path("updated_at").asText()).endsWith("Z");
    assertThat(first.path("workflow_id").asText())
        .isEqualTo("shipment:" + tenant.id() + ":" + cancelled.shipmentId());
    // The operator's list carries no recipient data.
    assertThat(first.toString()).doesNotContain("Brule", "Harbor");
  }

  @Test
  @Order(1)
  void stuckListPagesBackwardsWithBeforeId() {
    JsonNode first = OpsShipments.stuck("?page_size=1&tenant_id=" + tenant.id()).expect(200);
    assertThat(first.path("has_more").asBoolean()).isTrue();
    assertThat(ids(first)).containsExactly(cancelled.shipmentId());

    JsonNode second =
        OpsShipments.stuck(
                "?page_size=1&tenant_id=" + tenant.id() + "&before_id=" + cancelled.shipmentId())
            .expect(200);
    assertThat(second.path("has_more").asBoolean()).isFalse();
    assertThat(ids(second)).containsExactly(parkedFirst.shipmentId());
  }

  @Test
  @Order(1)
  void stuckListWithoutATenantSpansTenants() {
    JsonNode page = OpsShipments.stuck("?page_size=100").expect(200);

    assertThat(ids(page)).contains(cancelled.shipmentId(), parkedFirst.shipmentId());
  }

  @Test
  @Order(1)
  void decisionForAShipmentThatIsNotParkedIsAConflict() {
    ApiResponse response = OpsShipments.decide(notParked.shipmentId(), "retry", Unique.key("d"));

    assertError(response, 409, "SHIPMENT.INVALID_STATE");
  }

  @Test
  @Order(1)
  void decisionForAnUnknownShipmentIsNotFound() {
    ApiResponse response = OpsShipments.decide("shp_" + "0".repeat(26), "retry", Unique.key("d"));

    assertError(response, 404, "RESOURCE.NOT_FOUND");
  }

  @Test
  @Order(2)
  void operatorCancelThroughTheApiResolvesTheShipmentOnceAndIsAudited() {
    String key = Unique.key("cancel");
    JsonNode answered = OpsShipments.decide(cancelled.shipmentId(), "cancel", key).expect(200);
    assertThat(answered.path("id").asText()).isEqualTo(cancelled.shipmentId());
    // A parkedFirst request with the same key is answered from the first, and sends nothing again.
    ApiResponse replayed = OpsShipments.decide(cancelled.shipmentId(), "cancel", key);
    assertThat(replayed.expect(200).path("id").asText()).isEqualTo(cancelled.shipmentId());

    JsonNode shipment =
        Eventually.await(
            "the cancelled purchase to leave the parked state",
            Purchases.COMPLETION,
            () -> tenant.shipment(cancelled.shipmentId()),
            s -> !s.path("needs_attention").asBoolean());
    assertThat(shipment.path("status").asText()).isEqualTo("rated");
    JsonNode audit =
        tenant
            .get("/v1/audit?action=decide_shipment&resource_id=" + cancelled.shipmentId())
            .send()
            .expect(200);
    assertThat(audit.path("audit_records")).hasSize(1);
    assertThat(audit.path("audit_records").get(0).path("details").path("action").asText())
        .isEqualTo("cancel");
    assertThat(ids(OpsShipments.stuck("?tenant_id=" + tenant.id()).expect(200)))
        .doesNotContain(cancelled.shipmentId());
    assertError(
        OpsShipments.decide(cancelled.shipmentId(), "cancel", Unique.key("again")),
        409,
        "SHIPMENT.INVALID_STATE");
  }

  static List<String> ids(JsonNode page) {
    return StreamSupport.stream(page.path("shipments").spliterator(), false)
        .map(s -> s.path("id").asText())
        .toList();
  }
}
