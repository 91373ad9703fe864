package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Voiding a label through the API: the carrier's three answers and what each does to money. */
class VoidIT {

  private static final BigDecimal DEPOSIT = new BigDecimal("100.00");

  @Test
  void refundedVoidRestoresTheBalanceExactlyOnce() {
    Tenant tenant = funded();
    String shipmentId = purchased(tenant, "void-refunded");
    long voidedBefore = TestStack.simulator().stats().labelsVoided();

    JsonNode voided = tenant.voidLabel(shipmentId, Unique.key("void")).expect(200);
    JsonNode again = tenant.voidLabel(shipmentId, Unique.key("void")).expect(200);

    assertThat(voided.path("status").asText()).isEqualTo("voided");
    assertThat(voided.path("refund_status").asText()).isEqualTo("refunded");
    assertThat(again.path("refund_status").asText()).isEqualTo("refunded");
    assertThat(tenant.balance()).isEqualByComparingTo(DEPOSIT);
    assertThat(refunds(tenant, shipmentId)).isEqualTo(1);
    assertThat(TestStack.simulator().stats().labelsVoided() - voidedBefore).isEqualTo(1);
  }

  @Test
  void rejectedVoidLeavesTheLabelAndTheBalance() {
    Tenant tenant = funded();
    String shipmentId = purchased(tenant, "sbx:void_reject");
    BigDecimal afterPurchase = tenant.balance();

    JsonNode rejected = tenant.voidLabel(shipmentId, Unique.key("void")).expect(200);

    assertThat(rejected.path("status").asText()).isEqualTo("purchased");
    assertThat(rejected.path("refund_status").asText()).isEqualTo("rejected");
    assertThat(tenant.balance()).isEqualByComparingTo(afterPurchase);
    assertThat(afterPurchase).isLessThan(DEPOSIT);
    assertThat(refunds(tenant, shipmentId)).isZero();
  }

  @Test
  void delayedRefundIsSubmittedThenCreditedOnceTheCarrierConfirms() {
    Tenant tenant = funded();
    String shipmentId = purchased(tenant, "sbx:refund_delay=2");
    BigDecimal afterPurchase = tenant.balance();

    JsonNode submitted = tenant.voidLabel(shipmentId, Unique.key("void")).expect(200);

    assertThat(submitted.path("status").asText()).isEqualTo("voided");
    assertThat(submitted.path("refund_status").asText()).isEqualTo("submitted");
    assertThat(tenant.balance()).isEqualByComparingTo(afterPurchase);
    Eventually.await(
        "the refund to be confirmed",
        Duration.ofSeconds(30),
        () -> tenant.shipment(shipmentId).path("refund_status").asText(),
        "refunded"::equals);
    assertThat(tenant.balance()).isEqualByComparingTo(DEPOSIT);
    assertThat(refunds(tenant, shipmentId)).isEqualTo(1);
  }

  @Test
  void voidingAnUnpurchasedShipmentIsAConflict() {
    Tenant tenant = funded();
    RatedShipment rated = tenant.createRatedShipment("void-unpurchased");

    assertError(
        tenant.voidLabel(rated.shipmentId(), Unique.key("void")), 409, "SHIPMENT.INVALID_STATE");
    assertThat(tenant.shipment(rated.shipmentId()).path("refund_status").isNull()).isTrue();
  }

  private static Tenant funded() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit(DEPOSIT.toPlainString());
    return tenant;
  }

  private static String purchased(Tenant tenant, String reference) {
    RatedShipment rated = tenant.createRatedShipment(reference);
    JsonNode bought =
        tenant.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy")).expect(200);
    assertThat(bought.path("refund_status").isNull()).isTrue();
    return rated.shipmentId();
  }

  private static long refunds(Tenant tenant, String shipmentId) {
    return tenant.ledgerEntries(shipmentId).stream()
        .filter(entry -> entry.path("kind").asText().equals("label_refund"))
        .count();
  }
}
