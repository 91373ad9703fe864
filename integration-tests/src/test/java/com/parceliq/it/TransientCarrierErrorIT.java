package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.LabelCharges;
import com.parceliq.it.support.Purchases;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Carrier hiccups are retried inside the purchase; the customer sees one success, paid once. A
 * carrier timeout can outlast the API's wait: the buy then answers 202 and the retry with the same
 * key picks up the result.
 */
class TransientCarrierErrorIT {

  @Test
  void purchaseSucceedsOnceAfterTwoCarrierOutages() {
    assertBoughtExactlyOnce("sbx:error=2");
  }

  @Test
  void purchaseSucceedsOnceAfterACarrierTimeout() {
    assertBoughtExactlyOnce("sbx:timeout=1");
  }

  private static void assertBoughtExactlyOnce(String triggers) {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    RatedShipment rated = tenant.createRatedShipment(triggers);

    JsonNode purchased =
        Purchases.buyUntilPurchased(
            tenant, rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy"));

    assertThat(purchased.path("status").asText()).isEqualTo("purchased");
    String trackingCode = purchased.path("tracking_code").asText();
    assertThat(TestStack.simulator().stats().createdFor(trackingCode)).isEqualTo(1);
    assertThat(LabelCharges.of(tenant, rated.shipmentId())).hasSize(1);
    assertThat(tenant.balance())
        .isEqualByComparingTo(new BigDecimal("100.00").subtract(rated.cheapestPrice()));
  }
}
