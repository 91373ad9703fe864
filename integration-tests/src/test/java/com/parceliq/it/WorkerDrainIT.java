package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.ExactlyOnce;
import com.parceliq.it.support.Purchases;
import com.parceliq.it.support.ServiceControl;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The workers get SIGTERM (a rolling deploy, a scale-in) while a carrier call of a purchase is
 * open. They stop polling, let the call end within their shutdown timeout instead of cutting it
 * off, and exit; the replacement picks the purchase up and the label is bought and charged exactly
 * once.
 */
class WorkerDrainIT {

  @Test
  void aPurchaseInFlightWhenTheWorkersAreStoppedCompletesOnceAfterTheRestart() throws IOException {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("50.00");
    // The first carrier call hangs until the plugin's request timeout: the purchase is mid-saga
    // (wallet charged, carrier call open) when the workers are told to stop.
    RatedShipment rated = tenant.createRatedShipment("sbx:timeout=1");
    String key = Unique.key("drain");
    ServiceControl services = TestStack.services();

    CompletableFuture<ApiResponse> inFlight =
        tenant
            .buyRequest(rated.shipmentId(), rated.cheapestRateId(), key)
            .timeout(Duration.ofMinutes(3))
            .sendAsync();
    Eventually.await(
        "the purchase to charge the wallet before its carrier call",
        Duration.ofSeconds(30),
        () -> tenant.ledgerEntries(rated.shipmentId()),
        entries -> !entries.isEmpty());
    assertThat(inFlight).as("the purchase must be in flight when the workers stop").isNotDone();
    String drainLog;
    try {
      services.stop("workers");
      drainLog = Files.readString(workersLog());
    } finally {
      services.restart("workers");
    }

    assertThat(drainLog)
        .contains("stopping Temporal workers: no new tasks, running ones may finish")
        .contains("Temporal workers drained")
        .doesNotContain("interrupting them");
    JsonNode purchased = completedPurchase(inFlight, tenant, rated, key);
    assertThat(purchased.path("status").asText()).isEqualTo("purchased");
    ExactlyOnce.assertOneLabelAndOneCharge(tenant, purchased, TestStack.simulator().stats());
    assertThat(tenant.balance())
        .isEqualByComparingTo(new BigDecimal("50.00").subtract(rated.cheapestPrice()));
  }

  /** The stopped process's log: a restart moves it to workers.log.1, so it is read before. */
  private static Path workersLog() {
    return TestStack.config().dataDir().resolve("workers").resolve("workers.log");
  }

  /** The original answer if it was the purchase; otherwise a retry with the same key until done. */
  private static JsonNode completedPurchase(
      CompletableFuture<ApiResponse> inFlight, Tenant tenant, RatedShipment rated, String key) {
    ApiResponse original = inFlight.handle((answer, failure) -> answer).join();
    if (original != null && original.status() == 200) {
      return original.json();
    }
    return Purchases.buyUntilPurchased(tenant, rated.shipmentId(), rated.cheapestRateId(), key);
  }
}
