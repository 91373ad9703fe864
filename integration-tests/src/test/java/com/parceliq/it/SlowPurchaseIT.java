package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.Purchases;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A purchase that outlasts the API's wait (10 s): the first carrier call hangs until the plugin's
 * timeout, the retry succeeds. The buy answers 202 with where to poll, the workflow carries on, and
 * the same Idempotency-Key later gets the purchased shipment: one label, one charge.
 */
class SlowPurchaseIT {

  @Test
  void purchaseOutlastingTheWaitAnswersAcceptedThenCompletesOnce() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    RatedShipment rated = tenant.createRatedShipment("sbx:timeout=1");
    String key = Unique.key("buy");

    ApiResponse accepted = tenant.buy(rated.shipmentId(), rated.cheapestRateId(), key);

    assertThat(accepted.status()).as("%s", accepted).isEqualTo(202);
    // The API writes the shipment's path; the HTTP layer may make it absolute.
    String location = accepted.header("Location").orElseThrow();
    assertThat(location).endsWith("/v1/shipments/" + rated.shipmentId());
    assertThat(accepted.json().path("object").asText()).isEqualTo("Shipment");
    assertThat(accepted.json().path("status").asText()).isEqualTo("rated");

    JsonNode polled =
        Eventually.await(
            "the shipment at Location to be purchased",
            Purchases.COMPLETION,
            () -> tenant.get(URI.create(location).getPath()).send().expect(200),
            shipment -> shipment.path("status").asText().equals("purchased"));
    ApiResponse retried = tenant.buy(rated.shipmentId(), rated.cheapestRateId(), key);

    assertThat(retried.status()).as("%s", retried).isEqualTo(200);
    String trackingCode = retried.json().path("tracking_code").asText();
    assertThat(trackingCode).isNotBlank().isEqualTo(polled.path("tracking_code").asText());
    assertThat(retried.json().path("status").asText()).isEqualTo("purchased");
    assertThat(TestStack.simulator().stats().createdFor(trackingCode)).isEqualTo(1);
    List<JsonNode> charges =
        tenant.ledgerEntries(rated.shipmentId()).stream()
            .filter(entry -> entry.path("kind").asText().equals("label_purchase"))
            .toList();
    assertThat(charges).hasSize(1);
    assertThat(tenant.balance())
        .isEqualByComparingTo(new BigDecimal("100.00").subtract(rated.cheapestPrice()));
  }
}
