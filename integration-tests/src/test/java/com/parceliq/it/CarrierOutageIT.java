package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Concurrently;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.ExactlyOnce;
import com.parceliq.it.support.Purchases;
import com.parceliq.it.support.Rates;
import com.parceliq.it.support.Simulator;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The carrier is down (every call 503) for 30 seconds while fifty purchases start. The carrier
 * retries ride the outage out: every shipment ends purchased, none parked for an operator, each
 * label made once at the carrier and charged once, and the wallet is exact to the cent.
 */
class CarrierOutageIT {

  private static final int SHIPMENTS = 50;
  private static final int OUTAGE_SECONDS = 30;

  /**
   * Client threads: enough that every buy reaches the API while the carrier is still down (each
   * call may hold its thread for the API's 10 s wait), few enough to stay a bounded load.
   */
  private static final int CLIENTS = 25;

  private static final int RATING_CLIENTS = 4;

  /** Outage plus the carrier retries' backoff, with room for a slow shared machine. */
  private static final Duration SETTLED = Duration.ofMinutes(5);

  @Test
  void fiftyPurchasesStartedDuringACarrierOutageAllCompleteOnceWithoutParking() {
    Tenant tenant = TestStack.newTenant();
    BigDecimal deposit = new BigDecimal("2000.00");
    tenant.deposit(deposit.toPlainString());
    List<RatedShipment> rated = rateShipments(tenant);
    BigDecimal charged =
        rated.stream().map(RatedShipment::cheapestPrice).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(charged).as("the deposit must cover every purchase").isLessThan(deposit);

    long labelsBefore = TestStack.simulator().stats().labelsCreated();
    TestStack.simulator().outage(OUTAGE_SECONDS);
    List<Callable<ApiResponse>> buys = new ArrayList<>();
    for (RatedShipment shipment : rated) {
      String key = Unique.key("outage-buy");
      buys.add(() -> tenant.buy(shipment.shipmentId(), shipment.cheapestRateId(), key));
    }
    List<ApiResponse> answers = Concurrently.run(CLIENTS, buys, SETTLED);

    // The first wave's carrier calls fail for the whole 30 s, longer than the API's 10 s wait: if
    // none of them answered 202, the outage never reached the purchases and this proves nothing.
    assertThat(answers).as("buys held up by the outage").anyMatch(answer -> answer.status() == 202);
    List<JsonNode> purchased = new ArrayList<>();
    for (int i = 0; i < SHIPMENTS; i++) {
      ApiResponse answer = answers.get(i);
      String shipmentId = rated.get(i).shipmentId();
      assertThat(answer.status()).as("a buy during the outage: %s", answer).isIn(200, 202);
      if (answer.status() == 202) {
        assertThat(Purchases.isStillRunning(answer, shipmentId)).isTrue();
      }
      purchased.add(awaitPurchased(tenant, shipmentId));
    }

    Simulator.Stats stats = TestStack.simulator().stats();
    for (JsonNode shipment : purchased) {
      assertThat(shipment.path("needs_attention").asBoolean())
          .as("parked for an operator: %s", shipment)
          .isFalse();
      ExactlyOnce.assertOneLabelAndOneCharge(tenant, shipment, stats);
    }
    assertThat(stats.labelsCreated() - labelsBefore)
        .as("labels created at the carrier (ITs run one at a time)")
        .isEqualTo(SHIPMENTS);
    assertThat(tenant.balance()).isEqualByComparingTo(deposit.subtract(charged));
  }

  /**
   * Created and rated before the outage, a few at a time: rating is not what this test is about,
   * and on a loaded machine a rate may outlast the API's wait (503, retry) without being wrong.
   */
  private static List<RatedShipment> rateShipments(Tenant tenant) {
    List<Callable<RatedShipment>> creations = new ArrayList<>();
    for (int i = 0; i < SHIPMENTS; i++) {
      creations.add(() -> createRated(tenant));
    }
    return Concurrently.run(RATING_CLIENTS, creations, SETTLED);
  }

  private static RatedShipment createRated(Tenant tenant) {
    String shipmentId = tenant.createShipment(Unique.key("outage")).path("id").asText();
    JsonNode rates =
        Eventually.await(
                "the shipment's rates",
                SETTLED,
                () -> tenant.post("/v1/shipments/" + shipmentId + "/rates").send(),
                response -> response.status() != 503)
            .expect(200)
            .path("rates");
    return new RatedShipment(shipmentId, rates, Rates.cheapest(rates));
  }

  /**
   * Polls the shipment until purchased. A parked shipment would stay rated forever, so it fails at
   * once instead of waiting for the deadline.
   */
  private static JsonNode awaitPurchased(Tenant tenant, String shipmentId) {
    return Eventually.await(
        "shipment " + shipmentId + " to be purchased after the outage",
        SETTLED,
        () -> tenant.shipment(shipmentId),
        shipment -> {
          if (shipment.path("needs_attention").asBoolean()) {
            throw new AssertionError("parked for an operator: " + shipment);
          }
          return shipment.path("status").asText().equals("purchased");
        });
  }
}
