package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.LabelCharges;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first flow end to end: tenant, deposit, shipment, rates, purchase, and what shows it. */
class LabelPurchaseIT {

  @Test
  void newShipmentIsCreatedWithTheRequestedAddressesAndParcel() {
    Tenant tenant = TestStack.newTenant();

    JsonNode shipment = tenant.createShipment("order-" + Unique.key("ref"));

    assertThat(shipment.path("id").asText()).startsWith("shp_");
    assertThat(shipment.path("object").asText()).isEqualTo("Shipment");
    assertThat(shipment.path("status").asText()).isEqualTo("created");
    assertThat(shipment.path("to_address").path("zip").asText()).isEqualTo("90277");
    assertThat(shipment.path("from_address").path("city").asText()).isEqualTo("San Francisco");
    assertThat(shipment.path("parcel").path("weight").isMissingNode()).isFalse();
    assertThat(shipment.path("tracking_code").isNull()).isTrue();
    assertThat(shipment.path("postage_label").isNull()).isTrue();
    assertThat(shipment.path("archived").asBoolean(true)).isFalse();
  }

  @Test
  void ratingOffersTheThreeSandboxServicesPricedAsDecimalStrings() {
    Tenant tenant = TestStack.newTenant();
    String shipmentId = tenant.createShipment(null).path("id").asText();

    JsonNode rates = tenant.rate(shipmentId);

    List<String> services = new ArrayList<>();
    for (JsonNode rate : rates) {
      services.add(rate.path("service").asText());
      assertThat(rate.path("id").asText()).startsWith("rate_");
      assertThat(rate.path("object").asText()).isEqualTo("Rate");
      assertThat(rate.path("shipment_id").asText()).isEqualTo(shipmentId);
      assertThat(rate.path("carrier").asText()).isEqualTo("sandbox");
      assertThat(rate.path("currency").asText()).isEqualTo("USD");
      assertThat(rate.path("rate").asText()).as("rate of %s", rate).matches("\\d+\\.\\d{2}");
      assertThat(Json.money(rate, "rate")).isPositive();
    }
    assertThat(services).containsExactlyInAnyOrder("ground", "express", "overnight");
    assertThat(tenant.shipment(shipmentId).path("status").asText()).isEqualTo("rated");
  }

  @Test
  void buyingTheCheapestRateReturnsThePurchasedShipmentWithADownloadablePdfLabel() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    RatedShipment rated = tenant.createRatedShipment(null);

    JsonNode purchased =
        tenant.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy")).expect(200);

    assertThat(purchased.path("id").asText()).isEqualTo(rated.shipmentId());
    assertThat(purchased.path("status").asText()).isEqualTo("purchased");
    assertThat(purchased.path("selected_rate").path("id").asText())
        .isEqualTo(rated.cheapestRateId());
    String trackingCode = purchased.path("tracking_code").asText();
    assertThat(trackingCode).isNotBlank();
    JsonNode label = purchased.path("postage_label");
    assertThat(label.path("label_file_type").asText()).isEqualTo("application/pdf");
    assertThat(label.path("label_format").asText()).isEqualTo("pdf");

    ApiResponse download =
        TestStack.api().absolute("GET", URI.create(label.path("label_url").asText())).send();
    assertThat(download.status()).as("label download %s", download).isEqualTo(200);
    byte[] pdf = download.bytes();
    assertThat(new String(Arrays.copyOf(pdf, 4), StandardCharsets.US_ASCII)).isEqualTo("%PDF");

    assertThat(TestStack.simulator().stats().createdFor(trackingCode))
        .as("labels the carrier created for %s", trackingCode)
        .isEqualTo(1);
  }

  @Test
  void purchasedShipmentIsShownByGetAndByTheList() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    RatedShipment rated = tenant.createRatedShipment(null);
    JsonNode purchased =
        tenant.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy")).expect(200);

    JsonNode fetched = tenant.shipment(rated.shipmentId());
    assertThat(fetched.path("status").asText()).isEqualTo("purchased");
    assertThat(fetched.path("tracking_code").asText())
        .isEqualTo(purchased.path("tracking_code").asText());
    assertThat(fetched.path("postage_label").path("label_url").asText()).isNotBlank();

    JsonNode list = tenant.get("/v1/shipments?page_size=100").send().expect(200);
    assertThat(list.path("has_more").isBoolean()).isTrue();
    List<String> listed = new ArrayList<>();
    list.path("shipments").forEach(shipment -> listed.add(shipment.path("id").asText()));
    assertThat(listed).containsExactly(rated.shipmentId());
    assertThat(list.path("shipments").get(0).path("status").asText()).isEqualTo("purchased");
  }

  @Test
  void buyingChargesTheWalletExactlyTheRateWithABalancedLedgerEntry() {
    Tenant tenant = TestStack.newTenant();
    JsonNode deposit = tenant.deposit("100.00");
    assertThat(deposit.path("id").asText()).startsWith("dep_");
    assertThat(deposit.path("ledger_entry_id").asText()).startsWith("led_");
    assertThat(Json.money(deposit, "balance")).isEqualByComparingTo("100.00");
    RatedShipment rated = tenant.createRatedShipment(null);

    tenant.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy")).expect(200);

    JsonNode wallet = tenant.get("/v1/wallet").send().expect(200);
    assertThat(wallet.path("object").asText()).isEqualTo("Wallet");
    assertThat(wallet.path("currency").asText()).isEqualTo("USD");
    assertThat(wallet.path("balance").asText())
        .isEqualTo(new BigDecimal("100.00").subtract(rated.cheapestPrice()).toPlainString());

    JsonNode ledger = tenant.get("/v1/ledger?page_size=100").send().expect(200);
    List<String> kinds = new ArrayList<>();
    for (JsonNode entry : ledger.path("ledger_entries")) {
      kinds.add(entry.path("kind").asText());
      assertThat(entry.path("id").asText()).startsWith("led_");
      assertThat(sumOfPostings(entry)).as("postings of %s", entry).isEqualByComparingTo("0");
    }
    assertThat(kinds).containsExactlyInAnyOrder("deposit", "hold", "label_purchase");

    List<JsonNode> shipmentEntries = LabelCharges.of(tenant, rated.shipmentId());
    assertThat(shipmentEntries).hasSize(1);
    JsonNode purchase = shipmentEntries.get(0);
    assertThat(purchase.path("kind").asText()).isEqualTo("label_purchase");
    assertThat(purchase.path("shipment_id").asText()).isEqualTo(rated.shipmentId());
    assertThat(Json.money(purchase, "amount").abs()).isEqualByComparingTo(rated.cheapestPrice());
    assertThat(Json.money(wallet, "held")).as("nothing stays held").isEqualByComparingTo("0.00");
  }

  @Test
  void buyingAnAlreadyPurchasedShipmentWithANewKeyIsAConflict() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    RatedShipment rated = tenant.createRatedShipment(null);
    tenant.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy")).expect(200);

    ApiResponse again = tenant.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy"));

    assertError(again, 409, "SHIPMENT.INVALID_STATE");
    assertThat(LabelCharges.of(tenant, rated.shipmentId())).hasSize(1);
  }

  private static BigDecimal sumOfPostings(JsonNode entry) {
    JsonNode postings = entry.path("postings");
    assertThat(postings.size()).as("postings of %s", entry).isGreaterThanOrEqualTo(2);
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode posting : postings) {
      assertThat(posting.path("account").asText()).isNotBlank();
      sum = sum.add(Json.money(posting, "amount"));
    }
    return sum;
  }
}
