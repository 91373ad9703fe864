package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.LabelCharges;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import com.parceliq.it.support.WalletHolds;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A carrier that refuses the label: the customer is told why and pays nothing. */
class CarrierRejectionIT {

  @Test
  void rejectedPurchaseLeavesTheWalletAndTheShipmentAsTheyWere() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    RatedShipment rated = tenant.createRatedShipment("sbx:reject");
    long labelsBefore = TestStack.simulator().stats().labelsCreated();

    ApiResponse response =
        tenant.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy"));

    assertError(response, 422, "CARRIER.REJECTED");
    // The hold taken before the carrier call is released by the saga's compensation.
    Eventually.await(
        "the wallet to be back at 100.00",
        Duration.ofSeconds(30),
        tenant::balance,
        balance -> balance.compareTo(new BigDecimal("100.00")) == 0);
    assertThat(WalletHolds.of(tenant)).isEqualByComparingTo("0.00");
    assertThat(LabelCharges.of(tenant, rated.shipmentId())).isEmpty();
    assertThat(tenant.shipment(rated.shipmentId()).path("status").asText()).isEqualTo("rated");
    assertThat(tenant.shipment(rated.shipmentId()).path("tracking_code").isNull()).isTrue();
    assertThat(TestStack.simulator().stats().labelsCreated())
        .as("labels created at the carrier (ITs run one at a time)")
        .isEqualTo(labelsBefore);
  }
}
