package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiRequest;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.LabelCharges;
import com.parceliq.it.support.Purchases;
import com.parceliq.it.support.ServiceControl;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import com.parceliq.it.support.WalletHolds;
import com.parceliq.it.support.WorkflowHistories;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * SIGKILL the workers after the carrier purchase and before the settlement: object storage is down,
 * so the purchase stops between the carrier's label and the ledger's settlement with the quote held
 * in the wallet. After S3 and the workers come back the purchase completes: one label at the
 * carrier, one charge, nothing left held.
 */
class PurchaseSettleCrashIT {

  private static final Duration RECOVERY = Duration.ofMinutes(3);

  @Test
  void workerKilledBetweenCarrierPurchaseAndSettlementChargesExactlyOnce() throws Exception {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    RatedShipment rated = tenant.createRatedShipment(Unique.key("order"));
    String key = Unique.key("buy");
    ServiceControl services = TestStack.services();

    CompletableFuture<ApiResponse> inFlight;
    services.kill("s3");
    try {
      inFlight = buyRequest(tenant, rated, key).sendAsync();
      try (WorkflowHistories histories = new WorkflowHistories(TestStack.config())) {
        Eventually.await(
            "the carrier purchase to complete in the shipment's workflow",
            Duration.ofMinutes(1),
            () -> purchasesCompleted(histories, tenant, rated),
            completed -> completed > 0);
      }
      assertThat(WalletHolds.of(tenant))
          .as("the quote stays held while the label cannot be stored")
          .isEqualByComparingTo(rated.cheapestPrice());
      assertThat(LabelCharges.of(tenant, rated.shipmentId()))
          .as("no settlement before the label is stored")
          .isEmpty();
      services.kill("workers");
    } finally {
      services.restart("s3");
      services.restart("workers");
    }

    JsonNode purchased = completedPurchase(inFlight, tenant, rated, key);

    assertThat(purchased.path("status").asText()).isEqualTo("purchased");
    String trackingCode = purchased.path("tracking_code").asText();
    assertThat(TestStack.simulator().stats().createdFor(trackingCode)).isEqualTo(1);
    // Other tests' purchases may move the simulator's global count: the shipment's own history
    // shows that ParcelIQ completed one carrier purchase, and the carrier made its label once.
    try (WorkflowHistories histories = new WorkflowHistories(TestStack.config())) {
      assertThat(purchasesCompleted(histories, tenant, rated)).isEqualTo(1);
    }
    List<JsonNode> charges = LabelCharges.of(tenant, rated.shipmentId());
    assertThat(charges).hasSize(1);
    BigDecimal charged = Json.money(charges.get(0), "amount");
    assertThat(charged).isEqualByComparingTo(rated.cheapestPrice());
    assertThat(tenant.balance()).isEqualByComparingTo(new BigDecimal("100.00").subtract(charged));
    assertThat(WalletHolds.of(tenant)).isEqualByComparingTo("0.00");
  }

  private static int purchasesCompleted(
      WorkflowHistories histories, Tenant tenant, RatedShipment rated) {
    return histories.completedShipmentActivities(tenant.id(), rated.shipmentId(), "PurchaseLabel");
  }

  private static ApiRequest buyRequest(Tenant tenant, RatedShipment rated, String key) {
    return tenant
        .buyRequest(rated.shipmentId(), rated.cheapestRateId(), key)
        .timeout(RECOVERY.plusMinutes(1));
  }

  /**
   * The original call's answer when it succeeded; otherwise retries with the same key until the
   * purchased shipment comes back. 202 (past the API's wait), 409 (still in flight) and 5xx mean
   * "not yet"; any other refusal fails the test at once.
   */
  private static JsonNode completedPurchase(
      CompletableFuture<ApiResponse> inFlight, Tenant tenant, RatedShipment rated, String key)
      throws InterruptedException {
    try {
      ApiResponse original = inFlight.get(RECOVERY.toSeconds(), TimeUnit.SECONDS);
      if (original.status() == 200) {
        return original.json();
      }
      assertRetryable(original, rated);
    } catch (ExecutionException | TimeoutException connectionLostOrTooSlow) {
      // The API may drop the connection while its workers are gone; the retry below settles it.
    }
    return Eventually.await(
            "a retry with the same Idempotency-Key to return the purchased shipment",
            RECOVERY,
            () -> buyRequest(tenant, rated, key).send(),
            response -> {
              assertRetryable(response, rated);
              return response.status() == 200;
            })
        .json();
  }

  private static void assertRetryable(ApiResponse response, RatedShipment rated) {
    boolean running = Purchases.isStillRunning(response, rated.shipmentId());
    if (response.status() != 200 && !running && response.status() < 500) {
      throw new AssertionError("Purchase refused after the crash: " + response);
    }
  }
}
