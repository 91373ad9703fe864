package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static com.parceliq.it.support.ErrorAssertions.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.LabelCharges;
import com.parceliq.it.support.PricingRules;
import com.parceliq.it.support.Purchases;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import com.parceliq.it.support.WalletHolds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * A tenant admin marks up or down the sandbox carrier's rates: rates show the carrier's list rate,
 * the tenant's price and why; buying charges the wallet the price; other tenants keep the carrier's
 * rates. (The audit records of rule changes are not read here: no audit endpoint exists yet and the
 * ITs stay black-box over HTTP. Only tenant admin keys exist today, so a non-admin tenant key's 403
 * is proven by CedarPolicyDecisionPointTest; here the platform admin key is refused.)
 */
class PricingRulesIT {

  private static final String NO_RULE = "carrier rate, no pricing rule";

  @Test
  void markupAndMarkdownPriceTheRatesAndTheWalletPaysThePrice() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    JsonNode markup =
        PricingRules.created(tenant, PricingRules.body("sandbox", "ground", "percent", "10.00"));
    JsonNode markdown =
        PricingRules.created(tenant, PricingRules.body("sandbox", "express", "flat", "-1.00"));
    assertThat(markup.path("id").asText()).startsWith("pr_");
    assertThat(markup.path("object").asText()).isEqualTo("PricingRule");
    assertThat(markup.path("type").asText()).isEqualTo("percent");
    assertThat(markup.path("value").asText()).isEqualTo("10.00");
    assertThat(markdown.path("value").asText()).isEqualTo("-1.00");

    String shipmentId = tenant.createShipment("order-pricing").path("id").asText();
    JsonNode rates = tenant.rate(shipmentId);

    JsonNode ground = service(rates, "ground");
    BigDecimal groundList = Json.money(ground, "list_rate");
    BigDecimal groundPrice =
        groundList.multiply(new BigDecimal("1.10")).setScale(2, RoundingMode.HALF_UP);
    assertThat(Json.money(ground, "rate")).isEqualByComparingTo(groundPrice);
    assertThat(ground.path("pricing").asText())
        .isEqualTo(
            "sandbox ground list "
                + groundList.toPlainString()
                + " + 10% markup (rule "
                + markup.path("id").asText()
                + ") = "
                + groundPrice.toPlainString());
    JsonNode express = service(rates, "express");
    BigDecimal expressList = Json.money(express, "list_rate");
    assertThat(Json.money(express, "rate"))
        .isEqualByComparingTo(expressList.subtract(new BigDecimal("1.00")));
    assertThat(express.path("pricing").asText())
        .contains("- 1.00 markdown (rule " + markdown.path("id").asText() + ")");
    JsonNode overnight = service(rates, "overnight");
    assertThat(overnight.path("rate").asText()).isEqualTo(overnight.path("list_rate").asText());
    assertThat(overnight.path("pricing").asText()).isEqualTo(NO_RULE);

    Purchases.buyUntilPurchased(
        tenant, shipmentId, ground.path("id").asText(), Unique.key("buy-priced"));

    assertThat(tenant.balance())
        .isEqualByComparingTo(new BigDecimal("100.00").subtract(groundPrice));
    assertThat(WalletHolds.of(tenant)).isEqualByComparingTo("0.00");
    List<JsonNode> charges = LabelCharges.of(tenant, shipmentId);
    assertThat(charges).hasSize(1);
    assertThat(Json.money(charges.get(0), "amount")).isEqualByComparingTo(groundPrice);
    assertThat(postingsOf(charges.get(0)))
        .contains(
            "carrier_payable=" + groundList.negate().toPlainString(),
            "pricing_margin=" + groundList.subtract(groundPrice).toPlainString());
  }

  @Test
  void voidingAPricedLabelRefundsThePriceAndGivesTheMarginBack() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    PricingRules.created(tenant, PricingRules.body(null, null, "percent", "10.00"));
    Tenant.RatedShipment shipment = tenant.createRatedShipment("order-priced-void");
    BigDecimal list = Json.money(shipment.cheapestRate(), "list_rate");
    BigDecimal margin = shipment.cheapestPrice().subtract(list);
    Purchases.buyUntilPurchased(
        tenant, shipment.shipmentId(), shipment.cheapestRateId(), Unique.key("buy-void"));

    JsonNode voided = tenant.voidLabel(shipment.shipmentId(), Unique.key("void")).expect(200);

    assertThat(voided.path("refund_status").asText()).isEqualTo("refunded");
    assertThat(tenant.balance()).isEqualByComparingTo("100.00");
    List<JsonNode> refunds =
        tenant.ledgerEntries(shipment.shipmentId()).stream()
            .filter(entry -> entry.path("kind").asText().equals("label_refund"))
            .toList();
    assertThat(refunds).hasSize(1);
    assertThat(Json.money(refunds.get(0), "amount")).isEqualByComparingTo(shipment.cheapestPrice());
    assertThat(postingsOf(refunds.get(0)))
        .containsExactlyInAnyOrder(
            "carrier_payable=" + list.toPlainString(),
            "pricing_margin=" + margin.toPlainString(),
            "wallet=" + shipment.cheapestPrice().negate().toPlainString());
  }

  @Test
  void aTenantWithoutRulesSeesAndPaysTheCarrierRates() {
    Tenant priced = TestStack.newTenant();
    PricingRules.created(priced, PricingRules.body(null, null, "percent", "50.00"));
    Tenant plain = TestStack.newTenant();
    plain.deposit("100.00");

    Tenant.RatedShipment shipment = plain.createRatedShipment("order-plain");

    for (JsonNode rate : shipment.rates()) {
      assertThat(rate.path("rate").asText()).isEqualTo(rate.path("list_rate").asText());
      assertThat(rate.path("pricing").asText()).isEqualTo(NO_RULE);
    }
    Purchases.buyUntilPurchased(
        plain, shipment.shipmentId(), shipment.cheapestRateId(), Unique.key("buy-plain"));
    assertThat(plain.balance())
        .isEqualByComparingTo(new BigDecimal("100.00").subtract(shipment.cheapestPrice()));
  }

  @Test
  void rulesAreListedInPagesAndADeletedRuleNoLongerPrices() {
    Tenant tenant = TestStack.newTenant();
    List<String> ids = new ArrayList<>();
    for (String value : List.of("1.00", "2.00", "3.00")) {
      ids.add(
          PricingRules.created(tenant, PricingRules.body("sandbox", null, "flat", value))
              .path("id")
              .asText());
    }

    JsonNode first = PricingRules.list(tenant, "?page_size=2").expect(200);
    assertThat(idsOf(first)).containsExactly(ids.get(2), ids.get(1));
    assertThat(first.path("has_more").asBoolean()).isTrue();
    JsonNode second = PricingRules.list(tenant, "?page_size=2&before_id=" + ids.get(1)).expect(200);
    assertThat(idsOf(second)).containsExactly(ids.get(0));
    assertThat(second.path("has_more").asBoolean()).isFalse();

    for (String id : ids) {
      assertThat(PricingRules.delete(tenant, id).status()).isEqualTo(204);
    }
    assertError(PricingRules.delete(tenant, ids.get(0)), 404, "RESOURCE.NOT_FOUND");
    assertThat(idsOf(PricingRules.list(tenant, "").expect(200))).isEmpty();

    String shipmentId = tenant.createShipment("order-deleted-rules").path("id").asText();
    for (JsonNode rate : tenant.rate(shipmentId)) {
      assertThat(rate.path("pricing").asText()).isEqualTo(NO_RULE);
    }
  }

  @Test
  void invalidRulesAreRefusedWithFieldErrors() {
    Tenant tenant = TestStack.newTenant();

    JsonNode badType =
        assertError(
            PricingRules.create(tenant, PricingRules.body(null, null, "markup", "1.00")),
            422,
            "REQUEST.INVALID");
    JsonNode badValue =
        assertError(
            PricingRules.create(tenant, PricingRules.body(null, null, "flat", "1.005")),
            422,
            "REQUEST.INVALID");
    JsonNode missing =
        assertError(PricingRules.create(tenant, Json.object()), 422, "REQUEST.INVALID");
    JsonNode beyondFree =
        assertError(
            PricingRules.create(tenant, PricingRules.body(null, null, "percent", "-150")),
            422,
            "REQUEST.INVALID");
    ObjectNode euroMinimum = PricingRules.body(null, null, "flat", "1.00");
    euroMinimum.putObject("minimum_charge").put("amount", "5.00").put("currency", "EUR");
    JsonNode wrongCurrency =
        assertError(PricingRules.create(tenant, euroMinimum), 422, "REQUEST.INVALID");

    assertThat(fieldsOf(badType)).containsExactly("type");
    assertThat(fieldsOf(badValue)).containsExactly("value");
    assertThat(fieldsOf(missing)).containsExactlyInAnyOrder("type", "value");
    assertThat(fieldsOf(beyondFree)).containsExactly("value");
    assertThat(fieldsOf(wrongCurrency)).containsExactly("minimum_charge.currency");
    assertThat(idsOf(PricingRules.list(tenant, "").expect(200))).isEmpty();
  }

  @Test
  void aMinimumChargeIsKeptAndShownOnTheRule() {
    Tenant tenant = TestStack.newTenant();
    ObjectNode body = PricingRules.body("sandbox", "ground", "flat", "-500.00");
    body.putObject("minimum_charge").put("amount", "4.75").put("currency", "USD");

    JsonNode rule = PricingRules.created(tenant, body);
    String shipmentId = tenant.createShipment("order-minimum").path("id").asText();
    JsonNode ground = service(tenant.rate(shipmentId), "ground");

    assertThat(rule.path("minimum_charge").path("amount").asText()).isEqualTo("4.75");
    assertThat(rule.path("minimum_charge").path("currency").asText()).isEqualTo("USD");
    assertThat(ground.path("rate").asText()).isEqualTo("4.75");
    assertThat(ground.path("pricing").asText()).endsWith("; minimum 4.75 applies = 4.75");
  }

  @Test
  void anotherTenantsRuleIsNotFoundAndStaysInPlace() {
    Tenant owner = TestStack.newTenant();
    Tenant other = TestStack.newTenant();
    String ruleId =
        PricingRules.created(owner, PricingRules.body(null, null, "percent", "5.00"))
            .path("id")
            .asText();

    assertError(PricingRules.delete(other, ruleId), 404, "RESOURCE.NOT_FOUND");
    assertThat(idsOf(PricingRules.list(other, "").expect(200))).isEmpty();
    assertThat(idsOf(PricingRules.list(owner, "").expect(200))).containsExactly(ruleId);
  }

  @Test
  void onlyATenantAdminKeyManagesRules() {
    var platform = TestStack.platform();
    ApiResponse asPlatform =
        platform
            .api()
            .post("/v1/pricing_rules")
            .bearer(platform.adminKey())
            .json(PricingRules.body(null, null, "flat", "1.00"))
            .send();
    ApiResponse listAsPlatform =
        platform.api().get("/v1/pricing_rules").bearer(platform.adminKey()).send();
    ApiResponse anonymous = TestStack.api().get("/v1/pricing_rules").send();

    assertError(asPlatform, 403, "AUTH.FORBIDDEN");
    assertError(listAsPlatform, 403, "AUTH.FORBIDDEN");
    assertError(anonymous, 401, "AUTH.UNAUTHENTICATED");
  }

  private static JsonNode service(JsonNode rates, String service) {
    return StreamSupport.stream(rates.spliterator(), false)
        .filter(rate -> rate.path("service").asText().equals(service))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + service + " rate in " + rates));
  }

  private static List<String> idsOf(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.path("pricing_rules").forEach(rule -> ids.add(rule.path("id").asText()));
    return ids;
  }

  private static List<String> postingsOf(JsonNode entry) {
    List<String> postings = new ArrayList<>();
    entry
        .path("postings")
        .forEach(
            posting ->
                postings.add(
                    posting.path("account").asText() + "=" + posting.path("amount").asText()));
    return postings;
  }
}
