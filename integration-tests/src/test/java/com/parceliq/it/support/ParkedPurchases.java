package com.parceliq.it.support;

import com.parceliq.it.support.Tenant.RatedShipment;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Purchases the sandbox carrier keeps failing (its reference {@code sbx:error=N} fails the first N
 * label calls): past the purchase's bounded attempts (about a minute and a half) the shipment parks
 * for an operator, as in OperatorParkingIT.
 */
public final class ParkedPurchases {

  /** Never succeeds within one or two budgets: only an operator's decision ends it. */
  public static final String KEEPS_FAILING = "sbx:error=1000";

  /** More failures than one budget (8 attempts) and fewer than two: an operator's retry works. */
  public static final String FAILS_PAST_ONE_BUDGET = "sbx:error=10";

  /** Parking takes the whole retry budget; on a loaded machine allow well beyond it. */
  public static final Duration PARKING = Duration.ofMinutes(4);

  private ParkedPurchases() {}

  /** Starts the buy in the background: it answers 202 once the API's wait is over. */
  public static CompletableFuture<ApiResponse> startBuy(Tenant tenant, RatedShipment rated) {
    return CompletableFuture.supplyAsync(
        () -> tenant.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy")));
  }

  public static void awaitParked(Tenant tenant, String shipmentId) {
    Eventually.await(
        "shipment " + shipmentId + " to park for an operator",
        PARKING,
        () -> tenant.shipment(shipmentId),
        shipment -> shipment.path("needs_attention").asBoolean());
  }
}
