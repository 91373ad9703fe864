package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A purchase the wallet cannot pay for never reaches the carrier. */
class InsufficientFundsIT {

  @Test
  void buyingWithAShortWalletIsRefusedAndCreatesNoLabel() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("1.00");
    RatedShipment rated = tenant.createRatedShipment(null);
    assertThat(rated.cheapestPrice()).isGreaterThan(new BigDecimal("1.00"));
    long labelsBefore = TestStack.simulator().stats().labelsCreated();

    ApiResponse response =
        tenant.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy"));

    assertError(response, 402, "WALLET.INSUFFICIENT_FUNDS");
    assertThat(TestStack.simulator().stats().labelsCreated())
        .as("labels created at the carrier (ITs run one at a time)")
        .isEqualTo(labelsBefore);
    assertThat(tenant.balance()).isEqualByComparingTo("1.00");
    assertThat(tenant.shipment(rated.shipmentId()).path("status").asText()).isEqualTo("rated");
    assertThat(tenant.ledgerEntries(rated.shipmentId()))
        .noneMatch(entry -> entry.path("kind").asText().equals("label_purchase"));
  }

  @Test
  void afterATopUpTheRefusedShipmentCanBeBought() {
    Tenant tenant = TestStack.newTenant();
    RatedShipment rated = tenant.createRatedShipment(null);
    assertError(
        tenant.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy")),
        402,
        "WALLET.INSUFFICIENT_FUNDS");

    tenant.deposit("100.00");
    ApiResponse response =
        tenant.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy"));

    assertThat(response.expect(200).path("status").asText()).isEqualTo("purchased");
    assertThat(tenant.balance())
        .isEqualByComparingTo(new BigDecimal("100.00").subtract(rated.cheapestPrice()));
  }
}
