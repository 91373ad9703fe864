package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static com.parceliq.it.support.ErrorAssertions.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.Pickups;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pickups through the API on the real stack: rates from the sandbox carrier at creation, a buy that
 * schedules with the carrier and charges the fee once, a cancel that refunds it, and the refusals
 * (bad input, wrong state, short wallet, another tenant's objects).
 */
class PickupsIT {

  private static final BigDecimal STANDARD_FEE = new BigDecimal("4.50");

  @Test
  void pickupIsRatedScheduledChargedOnceAnnouncedAndRefundedOnCancel() {
    Tenant tenant = funded("100.00");
    List<String> shipments = List.of(purchased(tenant), purchased(tenant));

    JsonNode created = Pickups.create(tenant, Pickups.request(shipments)).expect(201);

    String pickupId = created.path("id").asText();
    assertThat(pickupId).startsWith("pck_");
    assertThat(created.path("status").asText()).isEqualTo("unknown");
    assertThat(created.path("confirmation").isNull()).isTrue();
    assertThat(texts(created.path("shipments"))).containsExactlyInAnyOrderElementsOf(shipments);
    JsonNode standard = rate(created, "standard");
    assertThat(standard.path("carrier").asText()).isEqualTo("sandbox");
    assertThat(Json.money(standard, "rate")).isEqualByComparingTo(STANDARD_FEE);
    assertThat(standard.path("currency").asText()).isEqualTo("USD");
    assertThat(rate(created, "priority").path("rate").asText()).isEqualTo("12.00");

    BigDecimal beforeBuy = tenant.balance();
    String buyKey = Unique.key("pickup-buy");
    JsonNode bought = Pickups.buy(tenant, pickupId, "sandbox", "standard", buyKey).expect(200);
    ApiResponse replay = Pickups.buy(tenant, pickupId, "sandbox", "standard", buyKey);

    assertThat(bought.path("status").asText()).isEqualTo("scheduled");
    assertThat(bought.path("confirmation").asText()).startsWith("PU");
    assertThat(bought.path("carrier").asText()).isEqualTo("sandbox");
    assertThat(bought.path("service").asText()).isEqualTo("standard");
    assertThat(Json.money(bought, "fee")).isEqualByComparingTo(STANDARD_FEE);
    assertThat(replay.expect(200)).isEqualTo(bought);
    assertThat(replay.header("Idempotent-Replayed")).contains("true");
    assertThat(tenant.balance()).isEqualByComparingTo(beforeBuy.subtract(STANDARD_FEE));
    List<JsonNode> fees = ofKind(Pickups.ledgerEntries(tenant, pickupId), "pickup_fee");
    assertThat(fees).hasSize(1);
    assertThat(Json.money(fees.get(0), "amount")).isEqualByComparingTo(STANDARD_FEE);
    assertThat(fees.get(0).path("pickup_id").asText()).isEqualTo(pickupId);
    List<JsonNode> events = Pickups.scheduledEvents(tenant, pickupId);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).path("data").path("confirmation").asText())
        .isEqualTo(bought.path("confirmation").asText());
    assertThat(Pickups.get(tenant, pickupId).expect(200)).isEqualTo(bought);

    assertError(
        Pickups.buy(tenant, pickupId, "sandbox", "priority", Unique.key("pickup-buy")),
        409,
        "PICKUP.INVALID_STATE");

    JsonNode canceled = Pickups.cancel(tenant, pickupId, Unique.key("pickup-cancel")).expect(200);

    assertThat(canceled.path("status").asText()).isEqualTo("canceled");
    assertThat(tenant.balance()).isEqualByComparingTo(beforeBuy);
    List<JsonNode> entries = Pickups.ledgerEntries(tenant, pickupId);
    assertThat(ofKind(entries, "pickup_fee")).hasSize(1);
    assertThat(ofKind(entries, "pickup_fee_refund")).hasSize(1);
    assertError(
        Pickups.cancel(tenant, pickupId, Unique.key("pickup-cancel")), 409, "PICKUP.INVALID_STATE");
    assertThat(tenant.balance()).isEqualByComparingTo(beforeBuy);
  }

  @Test
  void shortWalletIsRefusedWithNothingScheduledOrCharged() {
    Tenant tenant = TestStack.newTenant();
    Tenant.RatedShipment rated = tenant.createRatedShipment("pickup-short-wallet");
    tenant.deposit(rated.cheapestPrice().toPlainString());
    tenant.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy")).expect(200);
    assertThat(tenant.balance()).isEqualByComparingTo(BigDecimal.ZERO);
    String pickupId =
        Pickups.create(tenant, Pickups.request(List.of(rated.shipmentId())))
            .expect(201)
            .path("id")
            .asText();

    assertError(
        Pickups.buy(tenant, pickupId, "sandbox", "standard", Unique.key("pickup-buy")),
        402,
        "WALLET.INSUFFICIENT_FUNDS");

    JsonNode pickup = Pickups.get(tenant, pickupId).expect(200);
    assertThat(pickup.path("status").asText()).isEqualTo("unknown");
    assertThat(pickup.path("confirmation").isNull()).isTrue();
    assertThat(Pickups.ledgerEntries(tenant, pickupId)).isEmpty();
    assertThat(tenant.balance()).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void badPickupRequestsAreFieldErrors() {
    Tenant tenant = funded("50.00");
    String notBought = tenant.createShipment("pickup-not-bought").path("id").asText();
    ObjectNode body = Pickups.request(List.of("shp_unknown0000000000000000", notBought));
    body.put("min_datetime", "2030-01-02T12:00:00Z");
    body.put("max_datetime", "2030-01-02T09:00:00Z");

    JsonNode window = assertError(Pickups.create(tenant, body), 422, "REQUEST.INVALID");
    body.put("max_datetime", "2030-01-02T15:00:00Z");
    JsonNode shipments = assertError(Pickups.create(tenant, body), 422, "REQUEST.INVALID");
    ObjectNode noAddress = Pickups.request(List.of(notBought));
    noAddress.remove("address");
    JsonNode missing = assertError(Pickups.create(tenant, noAddress), 422, "REQUEST.INVALID");
    ObjectNode notATime = Pickups.request(List.of(notBought));
    notATime.put("min_datetime", "tomorrow");
    JsonNode malformed = assertError(Pickups.create(tenant, notATime), 422, "REQUEST.INVALID");
    ObjectNode unknownBatch = Pickups.request(List.of());
    unknownBatch.remove("shipments");
    unknownBatch.put("batch_id", "batch_unknown000000000000000");
    JsonNode batch = assertError(Pickups.create(tenant, unknownBatch), 422, "REQUEST.INVALID");

    assertThat(fieldsOf(window)).contains("max_datetime");
    assertThat(fieldsOf(shipments)).containsExactly("shipments[0]", "shipments[1]");
    assertThat(fieldsOf(missing)).containsExactly("address");
    assertThat(fieldsOf(malformed)).containsExactly("min_datetime");
    assertThat(fieldsOf(batch)).containsExactly("batch_id");
  }

  @Test
  void buyingAServiceThePickupWasNotOfferedIsRefused() {
    Tenant tenant = funded("50.00");
    String pickupId =
        Pickups.create(tenant, Pickups.request(List.of(purchased(tenant))))
            .expect(201)
            .path("id")
            .asText();

    assertError(
        Pickups.buy(tenant, pickupId, "sandbox", "teleport", Unique.key("pickup-buy")),
        422,
        "RATE.NOT_FOUND");
    assertError(
        tenant.post("/v1/pickups/" + pickupId + "/buy").json(Json.object()).send(),
        422,
        "REQUEST.INVALID");
  }

  @Test
  void anotherTenantsPickupAndShipmentsAreUnknown() {
    Tenant owner = funded("50.00");
    String shipmentId = purchased(owner);
    String pickupId =
        Pickups.create(owner, Pickups.request(List.of(shipmentId))).expect(201).path("id").asText();
    Tenant stranger = funded("50.00");

    assertError(Pickups.get(stranger, pickupId), 404, "RESOURCE.NOT_FOUND");
    assertError(
        Pickups.buy(stranger, pickupId, "sandbox", "standard", Unique.key("pickup-buy")),
        404,
        "RESOURCE.NOT_FOUND");
    assertError(
        Pickups.cancel(stranger, pickupId, Unique.key("pickup-cancel")), 404, "RESOURCE.NOT_FOUND");
    JsonNode error =
        assertError(
            Pickups.create(stranger, Pickups.request(List.of(shipmentId))), 422, "REQUEST.INVALID");
    assertThat(fieldsOf(error)).containsExactly("shipments[0]");
    assertThat(Pickups.get(owner, pickupId).expect(200).path("status").asText())
        .isEqualTo("unknown");
  }

  private static Tenant funded(String amount) {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit(amount);
    return tenant;
  }

  private static String purchased(Tenant tenant) {
    Tenant.RatedShipment rated = tenant.createRatedShipment(Unique.key("pickup-label"));
    tenant.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy")).expect(200);
    return rated.shipmentId();
  }

  private static JsonNode rate(JsonNode pickup, String service) {
    for (JsonNode rate : pickup.path("pickup_rates")) {
      if (rate.path("service").asText().equals(service)) {
        return rate;
      }
    }
    throw new AssertionError("no " + service + " rate in " + pickup);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new java.util.ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  private static List<JsonNode> ofKind(List<JsonNode> entries, String kind) {
    return entries.stream().filter(entry -> entry.path("kind").asText().equals(kind)).toList();
  }
}
