package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.Purchases;
import com.parceliq.it.support.ServiceControl;
import com.parceliq.it.support.ShipmentRequests;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Temporal itself dies (SIGKILL) and comes back from its SQLite file. Meanwhile writes are refused
 * with 503 and Retry-After (never 500), the API reports itself not ready, and reads still work;
 * afterwards the shipment's workflow carries on where it was and the purchase goes through once.
 */
class TemporalRestartIT {

  /** Workers reconnect with gRPC's backoff; give them time before calling it lost. */
  private static final Duration RECOVERY = Duration.ofMinutes(3);

  @Test
  void aShipmentRatedBeforeATemporalCrashIsBoughtAfterIt() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("50.00");
    RatedShipment rated = tenant.createRatedShipment(Unique.key("temporal-restart"));
    ServiceControl services = TestStack.services();

    services.kill("temporal");
    try {
      ApiResponse refused =
          tenant.post("/v1/shipments").json(ShipmentRequests.domestic("during-outage")).send();
      assertThat(refused.status()).as("%s", refused).isEqualTo(503);
      assertThat(refused.json().path("error").path("code").asText())
          .isEqualTo("SERVICE.UNAVAILABLE");
      assertThat(refused.header("Retry-After")).as("%s", refused).isPresent();
      assertThat(tenant.shipment(rated.shipmentId()).path("status").asText()).isEqualTo("rated");
      ApiResponse readiness = TestStack.api().get("/q/health/ready").send();
      assertThat(readiness.status()).as("%s", readiness).isEqualTo(503);
    } finally {
      services.restart("temporal");
    }

    String key = Unique.key("buy");
    ApiResponse bought =
        Eventually.await(
            "the purchase to go through once the workers have reconnected",
            RECOVERY,
            () -> tenant.buyRequest(rated.shipmentId(), rated.cheapestRateId(), key).send(),
            // 5xx while the workers reconnect, 202 while the purchase runs: not yet.
            response -> response.status() < 500 && Purchases.isDone(response, rated.shipmentId()));

    assertThat(bought.json().path("status").asText()).isEqualTo("purchased");
    String trackingCode = bought.json().path("tracking_code").asText();
    assertThat(TestStack.simulator().stats().createdFor(trackingCode)).isEqualTo(1);
    assertThat(tenant.balance())
        .isEqualByComparingTo(new BigDecimal("50.00").subtract(rated.cheapestPrice()));
  }
}
