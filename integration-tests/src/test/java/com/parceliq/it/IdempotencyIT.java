package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.LabelCharges;
import com.parceliq.it.support.Rates;
import com.parceliq.it.support.ShipmentRequests;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Idempotency-Key: a retried POST never does the work twice. */
class IdempotencyIT {

  @Test
  void buyingTwiceWithTheSameKeyReplaysTheFirstAnswerAndCreatesOneLabel() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    RatedShipment rated = tenant.createRatedShipment(null);
    String key = Unique.key("buy");

    ApiResponse first = tenant.buy(rated.shipmentId(), rated.cheapestRateId(), key);
    ApiResponse second = tenant.buy(rated.shipmentId(), rated.cheapestRateId(), key);

    JsonNode purchased = first.expect(200);
    assertThat(first.header("Idempotent-Replayed").orElse("false")).isEqualTo("false");
    JsonNode replayed = second.expect(200);
    assertThat(second.header("Idempotent-Replayed")).as("%s", second).contains("true");
    String trackingCode = purchased.path("tracking_code").asText();
    assertThat(replayed.path("tracking_code").asText()).isEqualTo(trackingCode);
    assertThat(replayed.path("status").asText()).isEqualTo("purchased");

    assertThat(TestStack.simulator().stats().createdFor(trackingCode)).isEqualTo(1);
    assertThat(LabelCharges.of(tenant, rated.shipmentId())).hasSize(1);
    assertThat(tenant.balance())
        .isEqualByComparingTo(new BigDecimal("100.00").subtract(rated.cheapestPrice()));
  }

  @Test
  void reusingABuyKeyWithADifferentRateIsRefused() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    RatedShipment rated = tenant.createRatedShipment(null);
    String key = Unique.key("buy");
    tenant.buy(rated.shipmentId(), rated.cheapestRateId(), key).expect(200);
    String otherRateId = Rates.dearest(rated.rates()).path("id").asText();

    ApiResponse reused = tenant.buy(rated.shipmentId(), otherRateId, key);

    assertError(reused, 422, "IDEMPOTENCY.KEY_REUSED");
    assertThat(LabelCharges.of(tenant, rated.shipmentId())).hasSize(1);
  }

  @Test
  void creatingAShipmentTwiceWithTheSameKeyReturnsTheSameShipment() {
    Tenant tenant = TestStack.newTenant();
    ObjectNode body = ShipmentRequests.domestic(Unique.key("ref"));
    String key = Unique.key("create");

    JsonNode first = tenant.post("/v1/shipments").idempotencyKey(key).json(body).send().expect(201);
    ApiResponse second = tenant.post("/v1/shipments").idempotencyKey(key).json(body).send();

    assertThat(second.expect(201).path("id").asText()).isEqualTo(first.path("id").asText());
    assertThat(second.header("Idempotent-Replayed")).contains("true");
    JsonNode list = tenant.get("/v1/shipments?page_size=100").send().expect(200);
    assertThat(list.path("shipments").size()).isEqualTo(1);
  }

  @Test
  void depositingTwiceWithTheSameKeyCreditsTheWalletOnce() {
    Tenant tenant = TestStack.newTenant();
    ObjectNode body = Json.object().put("amount", "25.00").put("currency", "USD");
    String key = Unique.key("deposit");

    JsonNode first =
        tenant.post("/v1/wallet/deposits").idempotencyKey(key).json(body).send().expect(201);
    ApiResponse second = tenant.post("/v1/wallet/deposits").idempotencyKey(key).json(body).send();

    assertThat(second.expect(201).path("id").asText()).isEqualTo(first.path("id").asText());
    assertThat(second.header("Idempotent-Replayed")).contains("true");
    assertThat(tenant.balance()).isEqualByComparingTo("25.00");
  }
}
