package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.BatchRequests;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.LabelCharges;
import com.parceliq.it.support.ServiceControl;
import com.parceliq.it.support.Simulator;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import com.parceliq.it.support.WalletHolds;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 1,000-shipment batch, some rejected by the carrier and some failing their first carrier call,
 * while the workers are SIGKILLed mid-purchase and restarted: the batch completes with every
 * shipment accounted for, exactly one carrier label per purchased shipment, one charge each, and
 * nothing left held.
 */
class BatchWorkerCrashIT {

  private static final int SHIPMENTS = 1_000;
  private static final int REJECT_EVERY = 25;
  private static final int ERROR_EVERY = 10;

  @Test
  void aThousandShipmentBatchSurvivesAWorkerKillWithOneLabelPerPurchasedShipment() {
    Tenant tenant = TestStack.newTenant();
    BigDecimal deposit = new BigDecimal("50000.00");
    tenant.deposit(deposit.toPlainString());
    List<String> references = new ArrayList<>();
    int rejects = 0;
    for (int i = 0; i < SHIPMENTS; i++) {
      if (i % REJECT_EVERY == 7) {
        references.add("sbx:reject");
        rejects++;
      } else if (i % ERROR_EVERY == 3) {
        references.add("sbx:error=1," + Unique.key("flaky"));
      } else {
        references.add(Unique.key("batch"));
      }
    }
    List<String> shipments = BatchRequests.createShipments(tenant, references, 8);
    String batchId = BatchRequests.create(tenant, shipments).expect(201).path("id").asText();
    long labelsBefore = TestStack.simulator().stats().labelsCreated();

    BatchRequests.buy(tenant, batchId).expect(200);
    Eventually.await(
        "a fifth of the batch to be bought",
        Duration.ofMinutes(5),
        () -> BatchRequests.get(tenant, batchId),
        batch -> BatchRequests.count(batch, "postage_purchased") >= SHIPMENTS / 5);
    ServiceControl services = TestStack.services();
    try {
      services.kill("workers");
    } finally {
      services.restart("workers");
    }
    JsonNode batch = BatchRequests.awaitPurchaseEnd(tenant, batchId, Duration.ofMinutes(15));

    long purchased = SHIPMENTS - rejects;
    assertThat(batch.path("state").asText()).isEqualTo("purchase_failed");
    assertThat(BatchRequests.count(batch, "postage_purchased")).isEqualTo(purchased);
    assertThat(BatchRequests.count(batch, "postage_purchase_failed")).isEqualTo(rejects);
    assertThat(BatchRequests.count(batch, "queued_for_purchase")).isZero();
    Simulator.Stats stats = TestStack.simulator().stats();
    assertThat(stats.labelsCreated() - labelsBefore)
        .as("labels created at the carrier (ITs run one at a time)")
        .isEqualTo(purchased);
    BigDecimal charged = BigDecimal.ZERO;
    for (JsonNode member : batch.path("shipments")) {
      String shipmentId = member.path("id").asText();
      if (member.path("batch_status").asText().equals("postage_purchase_failed")) {
        assertThat(member.path("error_code").asText()).isEqualTo("CARRIER.REJECTED");
        continue;
      }
      String trackingCode = member.path("tracking_code").asText();
      assertThat(stats.createdFor(trackingCode)).as("labels for %s", shipmentId).isEqualTo(1);
      List<JsonNode> charges = LabelCharges.of(tenant, shipmentId);
      assertThat(charges).as("label charges of %s", shipmentId).hasSize(1);
      charged = charged.add(new BigDecimal(charges.get(0).path("amount").asText()));
    }
    assertThat(WalletHolds.of(tenant)).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(tenant.balance()).isEqualByComparingTo(deposit.subtract(charged));
  }
}
