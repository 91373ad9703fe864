package com.parceliq.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * Buying when the purchase may outlast the API's wait: the API then answers 202 with the shipment's
 * {@code Location}, and a retry with the same Idempotency-Key re-attaches to the same purchase
 * until it answers 200 with the purchased shipment.
 */
public final class Purchases {

  /** Longer than the carrier retries a test provokes; only keeps a broken stack from hanging. */
  public static final Duration COMPLETION = Duration.ofMinutes(2);

  private Purchases() {}

  /** Buys, retrying with the same key while the purchase runs; returns the purchased shipment. */
  public static JsonNode buyUntilPurchased(
      Tenant tenant, String shipmentId, String rateId, String key) {
    ApiResponse done =
        Eventually.await(
            "a buy with the same Idempotency-Key to return the purchased shipment",
            COMPLETION,
            () -> tenant.buyRequest(shipmentId, rateId, key).send(),
            response -> isDone(response, shipmentId));
    return done.json();
  }

  /**
   * True for 200, false while the purchase runs (202 with the shipment's Location, or 409 {@code
   * IDEMPOTENCY.IN_FLIGHT} when another request with the key is waiting for it); any other answer
   * fails at once.
   */
  public static boolean isDone(ApiResponse response, String shipmentId) {
    if (response.status() == 200) {
      return true;
    }
    if (isStillRunning(response, shipmentId)) {
      return false;
    }
    throw new AssertionError("Purchase refused: " + response);
  }

  /** 202 (checked: Location and the shipment not yet purchased) or 409 IDEMPOTENCY.IN_FLIGHT. */
  public static boolean isStillRunning(ApiResponse response, String shipmentId) {
    if (response.status() == 202) {
      assertThat(response.header("Location"))
          .as("%s", response)
          .hasValueSatisfying(
              location -> assertThat(location).endsWith("/v1/shipments/" + shipmentId));
      assertThat(response.json().path("id").asText()).isEqualTo(shipmentId);
      return true;
    }
    return response.status() == 409
        && Json.parse(response.text())
            .path("error")
            .path("code")
            .asText()
            .equals("IDEMPOTENCY.IN_FLIGHT");
  }
}
