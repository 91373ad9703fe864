package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static com.parceliq.it.support.ErrorAssertions.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.Reroutes;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rerouting a bought label through the API: the carrier intercepts the parcel, its fee is charged
 * to the wallet exactly once, and the shipment shows the new destination; a carrier refusal, a
 * wrong state and a bad address change nothing.
 */
class RerouteIT {

  private static final BigDecimal DEPOSIT = new BigDecimal("100.00");
  private static final String ORIGINAL_ZIP = "90277";

  @Test
  void reroutedShipmentShowsTheNewAddressAndPaysTheCarriersFeeOnce() {
    Tenant tenant = funded();
    String shipmentId = purchased(tenant, "reroute-accepted");
    BigDecimal afterPurchase = tenant.balance();
    String key = Unique.key("reroute");

    ApiResponse first = Reroutes.reroute(tenant, shipmentId, Reroutes.oakland(), key);
    ApiResponse replay = Reroutes.reroute(tenant, shipmentId, Reroutes.oakland(), key);

    JsonNode rerouted = first.expect(200);
    assertThat(rerouted.path("status").asText()).isEqualTo("rerouted");
    assertThat(rerouted.path("to_address").path("city").asText()).isEqualTo("Oakland");
    assertThat(rerouted.path("to_address").path("zip").asText()).isEqualTo("94607");
    JsonNode fee = rerouted.path("fees").path(0);
    assertThat(fee.path("object").asText()).isEqualTo("Fee");
    assertThat(fee.path("type").asText()).isEqualTo("reroute_fee");
    assertThat(fee.path("currency").asText()).isEqualTo("USD");
    BigDecimal charged = Json.money(fee, "amount");
    assertThat(charged).isPositive();
    assertThat(rerouted.path("fees")).hasSize(1);

    assertThat(replay.expect(200)).isEqualTo(rerouted);
    assertThat(replay.header("Idempotent-Replayed")).as("%s", replay).contains("true");
    assertThat(tenant.balance()).isEqualByComparingTo(afterPurchase.subtract(charged));
    JsonNode shown = tenant.shipment(shipmentId);
    assertThat(shown.path("status").asText()).isEqualTo("rerouted");
    assertThat(shown.path("to_address").path("zip").asText()).isEqualTo("94607");
    assertThat(Reroutes.rerouteFees(shown)).isEqualByComparingTo(charged);
    List<JsonNode> feeEntries = feeEntries(tenant, shipmentId);
    assertThat(feeEntries).hasSize(1);
    assertThat(Json.money(feeEntries.get(0), "amount")).isEqualByComparingTo(charged);
  }

  @Test
  void interceptTheCarrierCannotMakeIsRejectedAndChargesNothing() {
    Tenant tenant = funded();
    String shipmentId = purchased(tenant, "sbx:intercept_fail");
    BigDecimal afterPurchase = tenant.balance();

    JsonNode error =
        assertError(
            Reroutes.reroute(tenant, shipmentId, Reroutes.oakland(), Unique.key("reroute")),
            422,
            "CARRIER.REJECTED");

    assertThat(error.path("message").asText()).contains("intercept");
    assertThat(tenant.balance()).isEqualByComparingTo(afterPurchase);
    JsonNode shown = tenant.shipment(shipmentId);
    assertThat(shown.path("status").asText()).isEqualTo("purchased");
    assertThat(shown.path("to_address").path("zip").asText()).isEqualTo(ORIGINAL_ZIP);
    assertThat(shown.path("fees")).isEmpty();
    assertThat(feeEntries(tenant, shipmentId)).isEmpty();
  }

  @Test
  void reroutingAShipmentWithoutALabelIsAConflict() {
    Tenant tenant = funded();
    String shipmentId = tenant.createShipment("reroute-unbought").path("id").asText();

    assertError(
        Reroutes.reroute(tenant, shipmentId, Reroutes.oakland(), Unique.key("reroute")),
        409,
        "SHIPMENT.INVALID_STATE");
    assertThat(tenant.shipment(shipmentId).path("status").asText()).isEqualTo("created");
  }

  @Test
  void anIncompleteNewAddressIsRefusedFieldByFieldAndChangesNothing() {
    Tenant tenant = funded();
    String shipmentId = purchased(tenant, "reroute-bad-address");
    BigDecimal afterPurchase = tenant.balance();
    ObjectNode incomplete = Reroutes.oakland();
    incomplete.remove("street1");
    incomplete.put("zip", "");

    JsonNode error =
        assertError(
            Reroutes.reroute(tenant, shipmentId, incomplete, Unique.key("reroute")),
            422,
            "REQUEST.INVALID");

    assertThat(fieldsOf(error)).contains("to_address.street1", "to_address.zip");
    assertThat(tenant.balance()).isEqualByComparingTo(afterPurchase);
    assertThat(tenant.shipment(shipmentId).path("to_address").path("zip").asText())
        .isEqualTo(ORIGINAL_ZIP);
  }

  @Test
  void aRerouteWithoutANewAddressIsRefused() {
    Tenant tenant = funded();
    String shipmentId = purchased(tenant, "reroute-no-address");

    JsonNode error =
        assertError(
            tenant
                .post("/v1/shipments/" + shipmentId + "/reroute")
                .idempotencyKey(Unique.key("reroute"))
                .json(Json.object())
                .send(),
            422,
            "REQUEST.INVALID");

    assertThat(fieldsOf(error)).containsExactly("to_address");
  }

  private static Tenant funded() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit(DEPOSIT.toPlainString());
    return tenant;
  }

  private static String purchased(Tenant tenant, String reference) {
    RatedShipment rated = tenant.createRatedShipment(reference);
    tenant.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy")).expect(200);
    return rated.shipmentId();
  }

  private static List<JsonNode> feeEntries(Tenant tenant, String shipmentId) {
    return tenant.ledgerEntries(shipmentId).stream()
        .filter(entry -> entry.path("kind").asText().equals("reroute_fee"))
        .toList();
  }
}
