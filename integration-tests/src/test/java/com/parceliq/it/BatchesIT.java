package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.BatchRequests;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Batches through the API: membership rules, a purchase with partial failures, an empty wallet. */
class BatchesIT {

  private static final Duration PURCHASE = Duration.ofMinutes(3);

  @Test
  void aBatchBuysItsShipmentsAndReportsEachFailureWithoutFailingTheRest() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("500.00");
    List<String> shipments =
        BatchRequests.createShipments(
            tenant, List.of(Unique.key("ok"), "sbx:reject", "sbx:error=1", Unique.key("ok")), 4);

    JsonNode created = BatchRequests.create(tenant, shipments).expect(201);
    assertThat(created.path("state").asText()).isEqualTo("created");
    assertThat(created.path("num_shipments").asLong()).isEqualTo(4);
    String batchId = created.path("id").asText();
    assertThat(BatchRequests.buy(tenant, batchId).expect(200).path("state").asText())
        .isIn("purchasing", "purchase_failed");
    JsonNode batch = BatchRequests.awaitPurchaseEnd(tenant, batchId, PURCHASE);

    assertThat(batch.path("state").asText()).isEqualTo("purchase_failed");
    assertThat(BatchRequests.count(batch, "postage_purchased")).isEqualTo(3);
    assertThat(BatchRequests.count(batch, "postage_purchase_failed")).isEqualTo(1);
    JsonNode rejected = batch.path("shipments").get(1);
    assertThat(rejected.path("id").asText()).isEqualTo(shipments.get(1));
    assertThat(rejected.path("batch_status").asText()).isEqualTo("postage_purchase_failed");
    assertThat(rejected.path("error_code").asText()).isEqualTo("CARRIER.REJECTED");
    assertThat(rejected.path("batch_message").asText()).isNotBlank();
    for (int i : new int[] {0, 2, 3}) {
      assertThat(batch.path("shipments").get(i).path("tracking_code").asText()).isNotBlank();
      assertThat(tenant.shipment(shipments.get(i)).path("status").asText()).isEqualTo("purchased");
    }
    assertThat(BatchRequests.buy(tenant, batchId).status())
        .as("buying again retries the failed shipment (rejected again)")
        .isEqualTo(200);
    assertThat(BatchRequests.awaitPurchaseEnd(tenant, batchId, PURCHASE).path("state").asText())
        .isEqualTo("purchase_failed");
    JsonNode labelled = generateLabel(tenant, batchId);
    ApiResponse document =
        TestStack.api().absolute("GET", URI.create(labelled.path("label_url").asText())).send();
    assertThat(document.status()).isEqualTo(200);
    assertThat(new String(document.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    JsonNode manifested = tenant.post("/v1/batches/" + batchId + "/scan_form").send().expect(200);
    assertThat(manifested.path("scan_form").asText()).startsWith("sf_");
    assertThat(
            tenant
                .get("/v1/scan_forms/" + manifested.path("scan_form").asText())
                .send()
                .expect(200)
                .path("id")
                .asText())
        .isEqualTo(manifested.path("scan_form").asText());
  }

  private static JsonNode generateLabel(Tenant tenant, String batchId) {
    JsonNode generating =
        tenant.post("/v1/batches/" + batchId + "/label?file_format=PDF").send().expect(200);
    assertThat(generating.path("state").asText()).isIn("label_generating", "label_generated");
    return Eventually.await(
        "the batch label",
        PURCHASE,
        () -> BatchRequests.get(tenant, batchId),
        batch -> batch.path("state").asText().equals("label_generated"));
  }

  @Test
  void aShipmentBoughtOnItsOwnBeforeTheBatchIsNotBoughtTwice() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    Tenant.RatedShipment alone = tenant.createRatedShipment(Unique.key("alone"));
    tenant.buy(alone.shipmentId(), alone.cheapestRateId(), Unique.key("buy")).expect(200);
    long labelsBefore = TestStack.simulator().stats().labelsCreated();
    BigDecimal balanceBefore = tenant.balance();

    String batchId =
        BatchRequests.create(tenant, List.of(alone.shipmentId())).expect(201).path("id").asText();
    BatchRequests.buy(tenant, batchId).expect(200);
    JsonNode batch = BatchRequests.awaitPurchaseEnd(tenant, batchId, PURCHASE);

    assertThat(batch.path("state").asText()).isEqualTo("purchased");
    assertThat(TestStack.simulator().stats().labelsCreated()).isEqualTo(labelsBefore);
    assertThat(tenant.balance()).isEqualByComparingTo(balanceBefore);
  }

  @Test
  void anEmptyWalletFailsTheRestOfTheBatchWithAClearErrorAndNeverOverdraws() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("20.00");
    List<String> references = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      references.add(Unique.key("wallet"));
    }
    String batchId =
        BatchRequests.create(tenant, BatchRequests.createShipments(tenant, references, 4))
            .expect(201)
            .path("id")
            .asText();

    BatchRequests.buy(tenant, batchId).expect(200);
    JsonNode batch = BatchRequests.awaitPurchaseEnd(tenant, batchId, PURCHASE);

    assertThat(batch.path("state").asText()).isEqualTo("purchase_failed");
    assertThat(BatchRequests.count(batch, "postage_purchased")).isBetween(1L, 7L);
    assertThat(BatchRequests.count(batch, "postage_purchase_failed"))
        .isEqualTo(8 - BatchRequests.count(batch, "postage_purchased"));
    boolean walletErrorSeen = false;
    for (JsonNode shipment : batch.path("shipments")) {
      if (shipment.path("batch_status").asText().equals("postage_purchase_failed")) {
        assertThat(shipment.path("error_code").asText()).isEqualTo("WALLET.INSUFFICIENT_FUNDS");
        walletErrorSeen = true;
      }
    }
    assertThat(walletErrorSeen).isTrue();
    assertThat(tenant.balance()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
  }

  @Test
  void membershipRulesAreCheckedAndEveryOffendingShipmentIsNamed() {
    Tenant tenant = TestStack.newTenant();
    Tenant other = TestStack.newTenant();
    String mine = tenant.createShipment(Unique.key("mine")).path("id").asText();
    String theirs = other.createShipment(Unique.key("theirs")).path("id").asText();

    assertError(
        BatchRequests.create(tenant, List.of(mine, theirs, "not-an-id")), 422, "REQUEST.INVALID");
    JsonNode refused = BatchRequests.create(tenant, List.of(mine, theirs, "not-an-id")).json();
    assertThat(refused.path("error").path("errors").findValuesAsText("field"))
        .containsExactly("shipments[1]", "shipments[2]");

    List<String> tooMany = new ArrayList<>();
    for (int i = 0; i <= 10_000; i++) {
      tooMany.add(mine);
    }
    assertError(BatchRequests.create(tenant, tooMany), 422, "REQUEST.INVALID");

    String batchId = BatchRequests.create(tenant, List.of(mine)).expect(201).path("id").asText();
    assertError(BatchRequests.create(tenant, List.of(mine)), 422, "REQUEST.INVALID");
    String added = tenant.createShipment(Unique.key("added")).path("id").asText();
    JsonNode grown =
        tenant
            .post("/v1/batches/" + batchId + "/add_shipments")
            .json(BatchRequests.body(List.of(added)))
            .send()
            .expect(200);
    assertThat(grown.path("num_shipments").asLong()).isEqualTo(2);
    JsonNode shrunk =
        tenant
            .post("/v1/batches/" + batchId + "/remove_shipments")
            .json(BatchRequests.body(List.of(mine)))
            .send()
            .expect(200);
    assertThat(shrunk.path("num_shipments").asLong()).isEqualTo(1);
    assertError(
        tenant.post("/v1/batches/" + batchId + "/cancel").send(), 409, "BATCH.INVALID_STATE");
    assertError(other.get("/v1/batches/" + batchId).send(), 404, "RESOURCE.NOT_FOUND");
    assertError(BatchRequests.buy(other, batchId), 404, "RESOURCE.NOT_FOUND");
  }
}
