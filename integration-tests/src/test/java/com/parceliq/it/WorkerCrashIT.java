package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiRequest;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.Purchases;
import com.parceliq.it.support.ServiceControl;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The workers die (SIGKILL) while a purchase is in flight. Temporal resumes the purchase on the
 * restarted workers: the customer ends up with exactly one label, charged exactly once, either from
 * the original call or from a retry with the same Idempotency-Key.
 */
class WorkerCrashIT {

  private static final Duration RECOVERY = Duration.ofMinutes(3);

  @Test
  void purchaseInterruptedByAWorkerCrashCompletesWithOneLabelAndOneCharge() throws Exception {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    // The first carrier call hangs until the plugin's timeout: the window in which we crash.
    RatedShipment rated = tenant.createRatedShipment("sbx:timeout=1");
    long labelsBefore = TestStack.simulator().stats().labelsCreated();
    String key = Unique.key("buy");
    ServiceControl services = TestStack.services();

    CompletableFuture<ApiResponse> inFlight = buyRequest(tenant, rated, key).sendAsync();
    awaitDebitOrShortPause(tenant, rated.shipmentId());
    assertThat(inFlight)
        .as("the purchase must still be in flight when the workers die")
        .isNotDone();
    try {
      services.kill("workers");
    } finally {
      services.restart("workers");
    }

    JsonNode purchased = completedPurchase(inFlight, tenant, rated, key);

    assertThat(purchased.path("status").asText()).isEqualTo("purchased");
    String trackingCode = purchased.path("tracking_code").asText();
    assertThat(TestStack.simulator().stats().createdFor(trackingCode)).isEqualTo(1);
    assertThat(TestStack.simulator().stats().labelsCreated())
        .as("labels created at the carrier (ITs run one at a time)")
        .isEqualTo(labelsBefore + 1);
    List<JsonNode> charges =
        tenant.ledgerEntries(rated.shipmentId()).stream()
            .filter(entry -> entry.path("kind").asText().equals("label_purchase"))
            .toList();
    assertThat(charges).hasSize(1);
    assertThat(tenant.balance())
        .isEqualByComparingTo(new BigDecimal("100.00").subtract(rated.cheapestPrice()));
  }

  private static ApiRequest buyRequest(Tenant tenant, RatedShipment rated, String key) {
    return tenant
        .buyRequest(rated.shipmentId(), rated.cheapestRateId(), key)
        .timeout(RECOVERY.plusMinutes(1));
  }

  /**
   * The saga debits the wallet before it calls the carrier, so a debit means the carrier call is
   * under way. Should the debit not be visible yet, the hanging carrier call still leaves the
   * purchase in flight, which the caller checks before the crash.
   */
  private static void awaitDebitOrShortPause(Tenant tenant, String shipmentId) {
    try {
      Eventually.await(
          "the purchase to debit the wallet",
          Duration.ofSeconds(10),
          () -> tenant.ledgerEntries(shipmentId),
          entries -> !entries.isEmpty());
    } catch (AssertionError notYetDebited) {
      // Not a failure in itself: the outcome assertions decide.
    }
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
    ApiResponse retried =
        Eventually.await(
            "a retry with the same Idempotency-Key to return the purchased shipment",
            RECOVERY,
            () -> buyRequest(tenant, rated, key).send(),
            response -> {
              assertRetryable(response, rated);
              return response.status() == 200;
            });
    return retried.json();
  }

  private static void assertRetryable(ApiResponse response, RatedShipment rated) {
    int status = response.status();
    boolean running = Purchases.isStillRunning(response, rated.shipmentId());
    if (status != 200 && !running && status < 500) {
      throw new AssertionError("Purchase refused after the crash: " + response);
    }
  }
}
