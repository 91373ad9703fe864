package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Concurrently;
import com.parceliq.it.support.ExactlyOnce;
import com.parceliq.it.support.Purchases;
import com.parceliq.it.support.Simulator;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Twenty clients race to buy the same shipment, each with its own Idempotency-Key (so idempotency
 * cannot merge them): the shipment's workflow lets exactly one purchase through, and every other
 * buy is a 409 state conflict. The carrier makes one label and the wallet is charged once.
 */
class ConcurrentBuyIT {

  private static final int BUYERS = 20;

  @Test
  void twentyConcurrentBuysWithDifferentKeysBuyOneLabelAndRefuseTheRest() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    RatedShipment rated = tenant.createRatedShipment(Unique.key("concurrent-buy"));
    long labelsBefore = TestStack.simulator().stats().labelsCreated();
    List<String> keys = new ArrayList<>();
    List<Callable<ApiResponse>> buys = new ArrayList<>();
    for (int i = 0; i < BUYERS; i++) {
      String key = Unique.key("buy-" + i);
      keys.add(key);
      buys.add(() -> tenant.buy(rated.shipmentId(), rated.cheapestRateId(), key));
    }

    List<ApiResponse> answers = Concurrently.run(BUYERS, buys, Purchases.COMPLETION);

    List<Integer> winners = new ArrayList<>();
    int conflicts = 0;
    for (int i = 0; i < answers.size(); i++) {
      ApiResponse answer = answers.get(i);
      if (answer.status() == 409) {
        assertError(answer, 409, "SHIPMENT.INVALID_STATE");
        conflicts++;
      } else {
        assertThat(answer.status()).as("a buy that was not refused: %s", answer).isIn(200, 202);
        winners.add(i);
      }
    }
    assertThat(winners).as("buys that went through: %s", answers).hasSize(1);
    assertThat(conflicts).isEqualTo(BUYERS - 1);
    int winner = winners.get(0);
    JsonNode purchased =
        Purchases.buyUntilPurchased(
            tenant, rated.shipmentId(), rated.cheapestRateId(), keys.get(winner));

    assertThat(purchased.path("status").asText()).isEqualTo("purchased");
    Simulator.Stats stats = TestStack.simulator().stats();
    ExactlyOnce.assertOneLabelAndOneCharge(tenant, purchased, stats);
    assertThat(stats.labelsCreated() - labelsBefore)
        .as("labels created at the carrier (ITs run one at a time)")
        .isEqualTo(1);
    assertThat(tenant.balance())
        .isEqualByComparingTo(new BigDecimal("100.00").subtract(rated.cheapestPrice()));
  }
}
