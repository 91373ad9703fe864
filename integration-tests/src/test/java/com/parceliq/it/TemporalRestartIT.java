package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiRequest;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.ExactlyOnce;
import com.parceliq.it.support.Purchases;
import com.parceliq.it.support.ServiceControl;
import com.parceliq.it.support.ShipmentRequests;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Temporal itself dies (SIGKILL) in the middle of a purchase and comes back from its SQLite file.
 * Meanwhile writes are refused with 503 and Retry-After (never 500), the API reports itself not
 * ready, and reads still work; afterwards the purchase's workflow carries on where it was and the
 * label is bought and charged exactly once.
 */
class TemporalRestartIT {

  /** Workers reconnect with gRPC's backoff; give them time before calling it lost. */
  private static final Duration RECOVERY = Duration.ofMinutes(3);

  @Test
  void aPurchaseInFlightWhenTemporalCrashesCompletesOnceAfterTheRestart() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("50.00");
    // The first carrier call hangs until the plugin's timeout: the purchase is mid-saga (wallet
    // charged, carrier call open) while Temporal goes down.
    RatedShipment rated = tenant.createRatedShipment("sbx:timeout=1");
    String key = Unique.key("buy");
    ServiceControl services = TestStack.services();

    CompletableFuture<ApiResponse> inFlight = buyRequest(tenant, rated, key).sendAsync();
    awaitDebit(tenant, rated.shipmentId());
    assertThat(inFlight).as("the purchase must still be in flight when Temporal dies").isNotDone();
    services.kill("temporal");
    try {
      ApiResponse refused =
          tenant.post("/v1/shipments").json(ShipmentRequests.domestic("during-outage")).send();
      assertThat(refused.status()).as("%s", refused).isEqualTo(503);
      assertThat(refused.json().path("error").path("code").asText())
          .isEqualTo("SERVICE.UNAVAILABLE");
      assertThat(refused.header("Retry-After")).as("%s", refused).isPresent();
      assertThat(tenant.shipment(rated.shipmentId()).path("status").asText()).isEqualTo("rated");
      ApiResponse readiness = TestStack.api().get("/q/health/ready").send();
      assertThat(readiness.status()).as("%s", readiness).isEqualTo(503);
    } finally {
      services.restart("temporal");
    }

    JsonNode purchased = completedPurchase(inFlight, tenant, rated, key);

    assertThat(purchased.path("status").asText()).isEqualTo("purchased");
    ExactlyOnce.assertOneLabelAndOneCharge(tenant, purchased, TestStack.simulator().stats());
    assertThat(tenant.balance())
        .isEqualByComparingTo(new BigDecimal("50.00").subtract(rated.cheapestPrice()));
  }

  private static ApiRequest buyRequest(Tenant tenant, RatedShipment rated, String key) {
    return tenant
        .buyRequest(rated.shipmentId(), rated.cheapestRateId(), key)
        .timeout(RECOVERY.plusMinutes(1));
  }

  /**
   * The saga charges the wallet before it calls the carrier, so a ledger entry means the carrier
   * call (which hangs for sbx:timeout) is under way: the moment to pull Temporal away.
   */
  private static void awaitDebit(Tenant tenant, String shipmentId) {
    Eventually.await(
        "the purchase to charge the wallet",
        Duration.ofSeconds(30),
        () -> tenant.ledgerEntries(shipmentId),
        entries -> !entries.isEmpty());
  }

  /**
   * The original call's answer if it was the purchased shipment; otherwise (202, a 5xx while
   * Temporal was away, or a dropped connection) a retry with the same Idempotency-Key until the
   * purchased shipment comes back. Any other refusal fails at once.
   */
  private static JsonNode completedPurchase(
      CompletableFuture<ApiResponse> inFlight, Tenant tenant, RatedShipment rated, String key) {
    ApiResponse original = inFlight.handle((answer, failure) -> answer).join();
    if (original != null && original.status() == 200) {
      return original.json();
    }
    ApiResponse bought =
        Eventually.await(
            "the purchase to go through once the workers have reconnected",
            RECOVERY,
            () -> buyRequest(tenant, rated, key).send(),
            // 5xx while the workers reconnect, 202 or 409 in flight while the purchase runs.
            response -> response.status() < 500 && Purchases.isDone(response, rated.shipmentId()));
    return bought.json();
  }
}
