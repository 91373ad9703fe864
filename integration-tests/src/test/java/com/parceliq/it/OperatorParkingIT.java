package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.LabelCharges;
import com.parceliq.it.support.Purchases;
import com.parceliq.it.support.TemporalOperator;
import com.parceliq.it.support.TemporalVisibility;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A carrier that keeps failing past the purchase's bounded attempts parks the shipment for an
 * operator instead of guessing: it shows {@code needs_attention} in the API and {@code
 * NeedsAttention = true} in Temporal, and waits for the {@code operatorDecision} signal. Both
 * shipments park in parallel (parking takes the whole retry budget, about a minute and a half),
 * each in a tenant of its own so that each wallet tells its own story.
 */
class OperatorParkingIT {

  /**
   * Carrier failures of the shipment that the operator retries: more than the attempts before
   * parking (8 by default) and fewer than twice that, so the retry succeeds.
   */
  private static final String FAILS_PAST_ONE_BUDGET = "sbx:error=10";

  /** Never succeeds within two budgets: only the operator's cancel ends this purchase. */
  private static final String KEEPS_FAILING = "sbx:error=1000";

  private static final BigDecimal DEPOSIT = new BigDecimal("100.00");
  private static final Duration PARKING = Duration.ofMinutes(4);

  private static Tenant retrying;
  private static Tenant cancelling;
  private static RatedShipment retried;
  private static RatedShipment cancelled;
  private static TemporalOperator operator;

  @BeforeAll
  static void parkTwoPurchases() {
    retrying = TestStack.newTenant();
    cancelling = TestStack.newTenant();
    retrying.deposit(DEPOSIT.toPlainString());
    cancelling.deposit(DEPOSIT.toPlainString());
    retried = retrying.createRatedShipment(FAILS_PAST_ONE_BUDGET);
    cancelled = cancelling.createRatedShipment(KEEPS_FAILING);
    operator = new TemporalOperator(TestStack.config());

    // Each buy answers 202 once the API's wait is over; the purchase carries on in Temporal.
    List<CompletableFuture<ApiResponse>> buys =
        List.of(startBuy(retrying, retried), startBuy(cancelling, cancelled));
    buys.forEach(CompletableFuture::join);
    awaitParked(retrying, retried.shipmentId());
    awaitParked(cancelling, cancelled.shipmentId());
  }

  @AfterAll
  static void disconnect() {
    operator.close();
  }

  @Test
  void parkedShipmentIsFoundByTheOperatorQuery() {
    try (TemporalVisibility temporal = new TemporalVisibility(TestStack.config())) {
      String query = "NeedsAttention = true AND TenantId = '" + cancelling.id() + "'";
      List<String> parked =
          Eventually.await(
              "the parked shipment to show in the operator's query",
              Duration.ofSeconds(30),
              () ->
                  temporal.list(query).stream()
                      .map(e -> TemporalVisibility.keyword(e, TemporalVisibility.SHIPMENT_ID))
                      .toList(),
              ids -> !ids.isEmpty());
      assertThat(parked).containsExactly(cancelled.shipmentId());
    }
  }

  @Test
  void operatorRetryCompletesThePurchaseOnce() {
    operator.decide(retrying.id(), retried.shipmentId(), "retry");

    JsonNode purchased =
        Eventually.await(
            "the retried purchase to complete",
            Purchases.COMPLETION,
            () -> retrying.shipment(retried.shipmentId()),
            shipment -> shipment.path("status").asText().equals("purchased"));

    assertThat(purchased.path("needs_attention").asBoolean()).isFalse();
    String trackingCode = purchased.path("tracking_code").asText();
    assertThat(TestStack.simulator().stats().createdFor(trackingCode)).isEqualTo(1);
    List<JsonNode> charges = LabelCharges.of(retrying, retried.shipmentId());
    assertThat(charges).hasSize(1);
    assertThat(retrying.balance())
        .isEqualByComparingTo(
            DEPOSIT.subtract(new BigDecimal(charges.get(0).path("amount").asText())));
  }

  @Test
  void operatorCancelReleasesTheFundsAndChargesNothing() {
    operator.decide(cancelling.id(), cancelled.shipmentId(), "cancel");

    JsonNode shipment =
        Eventually.await(
            "the cancelled purchase to leave the parked state",
            Purchases.COMPLETION,
            () -> cancelling.shipment(cancelled.shipmentId()),
            s -> !s.path("needs_attention").asBoolean());

    assertThat(shipment.path("status").asText()).isEqualTo("rated");
    assertThat(shipment.path("tracking_code").asText("")).isEmpty();
    assertThat(LabelCharges.of(cancelling, cancelled.shipmentId())).isEmpty();
    JsonNode wallet =
        Eventually.await(
            "the cancelled purchase's hold to be released",
            Duration.ofSeconds(30),
            () -> cancelling.get("/v1/wallet").send().json(),
            w -> new BigDecimal(w.path("held").asText()).signum() == 0);
    assertThat(new BigDecimal(wallet.path("balance").asText())).isEqualByComparingTo(DEPOSIT);
  }

  private static CompletableFuture<ApiResponse> startBuy(Tenant tenant, RatedShipment rated) {
    return CompletableFuture.supplyAsync(
        () -> tenant.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy")));
  }

  private static void awaitParked(Tenant tenant, String shipmentId) {
    Eventually.await(
        "shipment " + shipmentId + " to park for an operator",
        PARKING,
        () -> tenant.shipment(shipmentId),
        shipment -> shipment.path("needs_attention").asBoolean());
  }
}
