package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.ExactlyOnce;
import com.parceliq.it.support.OutageRun;
import com.parceliq.it.support.OutageVerdict;
import com.parceliq.it.support.Purchases;
import com.parceliq.it.support.ServiceControl;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The fault transitions: a buy is waiting for its workflow (the carrier call hangs) when a
 * dependency goes away under it. The waiting request answers in the contract (a 202 or a 503 with
 * Retry-After, never a 500 or a dropped connection), and once the dependency is back a retry with
 * the same Idempotency-Key gets the purchase, bought and charged exactly once.
 */
class InFlightRequestOutageIT {

  private static final ServiceControl SERVICES = TestStack.services();

  @Test
  void aBuyWaitingForItsWorkflowWhenPostgresStopsAnswers503AndCompletesOnce() {
    // A clean stop, not SIGKILL: the test cluster runs with synchronous_commit=off.
    buyThrough(services -> services.stop("postgres"), "postgres");
  }

  @Test
  void aBuyWaitingForItsWorkflowWhenTemporalIsKilledAnswers503AndCompletesOnce() {
    buyThrough(services -> services.kill("temporal"), "temporal");
  }

  @Test
  void aBuyWaitingForItsWorkflowWhenTheWorkersAreKilledAnswersAndCompletesOnce() {
    buyThrough(services -> services.kill("workers"), "workers");
  }

  private static void buyThrough(Consumer<ServiceControl> fault, String service) {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("50.00");
    // The first carrier call hangs until the plugin's timeout, longer than the API's update wait:
    // the buy is mid-saga (wallet charged, carrier call open) when the fault hits.
    RatedShipment rated = tenant.createRatedShipment("sbx:timeout=1");
    String key = Unique.key("inflight-buy");
    CompletableFuture<ApiResponse> inFlight =
        tenant
            .buyRequest(rated.shipmentId(), rated.cheapestRateId(), key)
            .timeout(Duration.ofMinutes(2))
            .sendAsync();
    Eventually.await(
        "the purchase to charge the wallet",
        Duration.ofSeconds(30),
        () -> tenant.ledgerEntries(rated.shipmentId()),
        entries -> !entries.isEmpty());
    assertThat(inFlight).as("the buy must still be waiting when the fault hits").isNotDone();
    ApiResponse answer;
    fault.accept(SERVICES);
    try {
      answer = inFlight.join();
    } finally {
      SERVICES.restart(service);
    }
    assertThat(OutageVerdict.of(answer)).as("the waiting buy's answer: %s", answer).isNull();
    assertThat(answer.status()).as("%s", answer).isIn(200, 202, 503);

    OutageRun.awaitBothAppsReady();
    JsonNode purchased =
        Purchases.buyUntilPurchased(tenant, rated.shipmentId(), rated.cheapestRateId(), key);
    assertThat(purchased.path("status").asText()).isEqualTo("purchased");
    ExactlyOnce.assertOneLabelAndOneCharge(tenant, purchased, TestStack.simulator().stats());
    assertThat(tenant.balance())
        .isEqualByComparingTo(new BigDecimal("50.00").subtract(rated.cheapestPrice()));
  }
}
